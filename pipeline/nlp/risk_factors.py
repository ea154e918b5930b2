"""Risk-factor statements (ESRD, dialysis modality, diabetes, insulin, warfarin, obesity, BMI)
as a spaCy component. The patterns are data (configs/risk_factors.json); this module only
applies them, with clause-level negation, family and hypothetical cues."""
# no "from __future__ import annotations": spaCy reads the factory signature at run time

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import KoebnerError
from .batching import BatchedPipe
from .doc_memo import doc_text
from .extensions import doc_value, register_extensions, set_doc_value
from .joint_regex import JointMatch, JointRegex, expand_vocabularies, guarded
from .serialization import RuleDataComponent, hashed

CONFIG_NAME = "risk_factors.json"
LOOKBACK = 80  # characters searched back for a clause boundary; cues further away do not apply
EXCLUDE_MARGIN = 30
CONTEXT_REACH = 80  # characters searched either side of a match for its 'context' words
# a sentence's end, for the reach of 'context' words: a full stop, question or exclamation mark
# before a space, or a blank line
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")
# a heading before a colon ("FHx:", "PMH:", "Social hx:"): the last one before a match on its
# line tells whose facts follow
LINE_HEADING = re.compile(r"(?<![\w/])([A-Za-z][\w/]*(?:[ \t]+[\w/]+){0,3})[ \t]*:(?![\d/])")


# one part of a person's name between clause boundaries: a title, an initial or a capitalized word
NAME_PART = re.compile(r"\s*(?:Mr|Mrs|Ms|Dr|Miss|Prof|[A-Z]|[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?)\s*")


def _sentence_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` begins, looking back no further than ``lo``."""
    for stop in SENTENCE_END.finditer(text, lo, at):
        lo = stop.end()
    return lo


class RiskFactorRulesError(KoebnerError, ValueError):
    """The risk-factor rules file is malformed."""


@dataclass(frozen=True)
class FactPattern:
    """One compiled risk-factor pattern: the facts it states, and states negated."""
    name: str
    regex: re.Pattern
    facts: tuple[tuple[str, str], ...]
    negated: tuple[tuple[str, str], ...]
    exclude: tuple[re.Pattern, ...]
    context: tuple[re.Pattern, ...]
    value_group: int | None


def _optional(source: str | None, flags: int, scan: bool = False) -> re.Pattern | None:
    # scan: searched through a clause, so worth a first-character guard (see guarded)
    if not source:
        return None
    return guarded(source, flags) if scan else re.compile(source, flags)


class RiskFactorRules:
    """The compiled risk-factor rules: clause cues and fact patterns, applied by :meth:`find`."""

    def __init__(self, data: dict[str, Any], source: str = CONFIG_NAME):
        flags = re.IGNORECASE
        try:
            # the clause and cue regexes scan the words before every match: each behind a guard
            # of its first characters (the same matches); those applied at one place are not
            self.boundary = guarded(data["clause_boundary"], flags)
            self.negation = guarded(data["negation_cues"], flags)
            self.hypothetical = guarded(data["hypothetical_cues"], flags)
            self.family = guarded(data["family_cues"], flags)
            self.negation_after = _optional(data.get("negation_after"), flags)
            self.relative = _optional(data.get("relative_clause"), flags)
            self.generic_group = _optional(data.get("generic_group"), flags, scan=True)
            self.family_heading = _optional(data.get("family_heading"), flags)
            vocabularies = data.get("vocabularies", {})

            def expand(source: str) -> str:
                return expand_vocabularies(source, vocabularies)

            sources = [expand(p["regex"]) for p in data["patterns"]]
            # a word boundary every pattern starts with is checked once per position, not per pattern
            edge = r"\b" if all(source.startswith(r"\b") for source in sources) else ""
            self.scan = JointRegex([source[len(edge):] for source in sources], flags, edge)
            self.patterns = [
                FactPattern(
                    name=p["name"], regex=regex,
                    facts=tuple((f["fact"], f["value"]) for f in p["facts"]),
                    negated=tuple((f["fact"], f["value"]) for f in p.get("negated", [])),
                    # searched around every match of their pattern: behind a first-character guard
                    exclude=tuple(guarded(expand(x), flags) for x in p.get("exclude", [])),
                    context=tuple(guarded(expand(x), flags) for x in p.get("context", [])),
                    value_group=p.get("value_group"),
                )
                for p, regex in zip(data["patterns"], self.scan.patterns)
            ]
        except KeyError as exc:
            raise RiskFactorRulesError(f"{source}: missing key {exc.args[0]!r}") from exc
        except re.error as exc:
            raise RiskFactorRulesError(f"{source}: bad regular expression ({exc})") from exc
        except ValueError as exc:  # a vocabulary unknown or referring to itself
            raise RiskFactorRulesError(f"{source}: {exc}") from exc

    @classmethod
    def load(cls, path: str | Path | None = None) -> "RiskFactorRules":
        """The rules of ``path``, else of the risk_factors.json in use (the active rules folder's,
        else the shipped one); a file its schema refuses raises RiskFactorRulesError naming the
        file and the key path."""
        from ..resources import config_source
        from ..rules.loader import read

        return cls(read(CONFIG_NAME, path, RiskFactorRulesError), config_source(CONFIG_NAME, path))

    def _clause_before(self, text: str, start: int) -> str:
        window_start = max(0, start - LOOKBACK)
        window = text[window_start:start]
        cut = 0
        # the boundary test sees the match's first letter too: a line break right before it ends
        # no clause when the line runs on in lower case ("Not\ndiabetic.")
        for match in self.boundary.finditer(text[window_start:start + 1]):
            if match.end() <= len(window):
                cut = match.end()
        return window[cut:]

    def _about_someone_else(self, text: str, start: int, clause: str) -> bool:
        """Is the clause before a match about a relative, a plan or a group of people rather than
        this patient? A relative clause ("her father, who was on dialysis") is about the person
        of the clause before it, so that clause's family cue counts too."""
        if self.family.search(clause) or self.hypothetical.search(clause):
            return True
        if self.family_heading is not None and self._under_family_heading(text, start):
            return True
        if self.generic_group is not None and self.generic_group.search(clause):
            return True  # "calciphylaxis occurs in people on dialysis"
        if self.relative is not None and self.relative.match(clause):
            before = self._before_a_name(text, start - len(clause) - 1)  # the boundary ending the clause before
            return before > 0 and bool(self.family.search(self._clause_before(text, before)))
        return self._in_relatives_bracket(text, start)

    def _under_family_heading(self, text: str, start: int) -> bool:
        """Is the last heading before the match, on its line and in its sentence, a family-history
        one ("FHx: brother - ESRD on HD")? A later heading on the line ("PMH:") is the patient's
        again, and so is the next sentence ("FHx: mother DM2. BMI 31.")."""
        # "FHx: mother DM2. BMI 31.": the heading's line and sentence only
        line_start = text.rfind("\n", 0, start) + 1
        if text.find(":", line_start, start) < 0:
            return False  # no heading on the line (most matches): the sentence need not be found
        line_start = _sentence_start(text, line_start, start)
        last = None
        for last in LINE_HEADING.finditer(text, line_start, start):
            pass
        if last is None:
            return False
        words = last.group(1).split()  # "Pt reports FHx": the heading is the last words
        return any(self.family_heading.fullmatch(" ".join(words[i:])) for i in range(len(words)))

    def _before_a_name(self, text: str, boundary: int) -> int:
        """The boundary before a person's name set off by commas ("her brother, Mr. T. Ode, who
        ..."): a relative clause after the name is about whom the words before the name tell.
        ``boundary`` itself when the clause before it is no such name."""
        at = boundary
        while at > 0:
            part = self._clause_before(text, at)
            if not NAME_PART.fullmatch(part):
                break
            at -= len(part) + 1  # over the name's part ("Mr", " T", " Ode") and its boundary
            if at >= 0 and text[at] == ",":
                return at
        return boundary

    def _in_relatives_bracket(self, text: str, start: int) -> bool:
        """Is the match inside a bracket opened right after a relative ("to donate to her brother
        (41M, ESRD on HD, intended recipient)"), or one that names a relative before it ("Lena
        (sister, on HD for years)")? The bracket describes that relative."""
        window_start = max(0, start - LOOKBACK)
        opening = text.rfind("(", window_start, start)
        if opening < 0 or ")" in text[opening:start]:
            return False
        # a line break ends the bracket's reach unless it only wraps the words inside it
        # ("(his\nkidneys had failed, on HD ...)"): the boundary pattern tells the two apart
        inside = text[opening:start + 1]
        if any("\n" in m.group(0) for m in self.boundary.finditer(inside)):
            return False
        # ...or one that names the relative first ("Rosalind (sister, on HD for years)")
        return bool(self.family.search(self._clause_before(text, opening))
                    or self.family.search(text, opening + 1, start))

    def _excluded(self, pattern: FactPattern, text: str, start: int, end: int) -> bool:
        lo = max(0, start - EXCLUDE_MARGIN)
        context = text[lo:end + EXCLUDE_MARGIN]
        for rx in pattern.exclude:
            for m in rx.finditer(context):
                if m.start() + lo <= start and m.end() + lo >= end:
                    return True
                if m.start() + lo < end and m.end() + lo > start:
                    return True
        return False

    def _in_context(self, pattern: FactPattern, text: str, start: int, end: int) -> bool:
        """Is one of the pattern's 'context' words in the match's sentence (within
        CONTEXT_REACH characters either side)? "PD" is peritoneal dialysis where its sentence
        speaks of the kidneys, Parkinson's disease elsewhere."""
        lo = _sentence_start(text, max(0, start - CONTEXT_REACH), start)
        hi = min(len(text), end + CONTEXT_REACH)
        after = SENTENCE_END.search(text, end, hi)
        if after is not None:
            hi = after.start()
        window = text[lo:start] + " " + text[end:hi]
        return any(rx.search(window) for rx in pattern.context)

    def find(self, text: str) -> list[dict[str, Any]]:
        """The fact statements of ``text`` as ``{fact, value, start, end, text, rule}``, in text order."""
        found: list[dict[str, Any]] = []
        taken: list[tuple[int, int]] = []  # earlier patterns win on the same words ("IDDM")
        by_pattern: dict[int, list[JointMatch]] = {}
        for index, match in self.scan.finditer(text):
            by_pattern.setdefault(index, []).append(match)
        for index in sorted(by_pattern):
            pattern = self.patterns[index]
            for match in by_pattern[index]:
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                if pattern.exclude and self._excluded(pattern, text, start, end):
                    continue
                if pattern.context and not self._in_context(pattern, text, start, end):
                    continue
                clause = self._clause_before(text, start)
                if self._about_someone_else(text, start, clause):
                    continue
                denied = self.negation.search(clause) or (
                    self.negation_after is not None and self.negation_after.match(text, end))
                stated = pattern.negated if denied else pattern.facts
                taken.append((start, end))
                for fact, value in stated:
                    if pattern.value_group is not None and value.startswith("$"):
                        value = match.group(pattern.value_group)
                    found.append({"fact": fact, "value": value, "start": start, "end": end,
                                  "text": text[start:end], "rule": pattern.name})
        found.sort(key=lambda f: (f["start"], f["fact"]))
        return found


@Language.factory("koebner_risk_factors", default_config={"rules": None},
                  assigns=["doc._.koebner_facts"])
class KoebnerRiskFactors(BatchedPipe, RuleDataComponent):
    """Adds ``{fact, value, start, end, text, rule}`` dicts to ``doc._.koebner_facts``.

    ``rules`` is a risk_factors.json path (None: the file in use). Saved with the pipeline.
    """

    compiled = ("rules",)

    def __init__(self, nlp: Language, name: str, rules: str | None = None):
        register_extensions()
        self.name = name
        self.rules_path = rules
        self._defer(nlp)

    def _read(self) -> tuple[dict, dict[str, str]]:
        from ..resources import config_source
        from ..rules.loader import read

        data = read(CONFIG_NAME, self.rules_path, RiskFactorRulesError)
        return data, hashed([config_source(CONFIG_NAME, self.rules_path)])

    def _build(self, data: dict) -> None:
        self.rules = RiskFactorRules(data, str(self.rules_path or CONFIG_NAME))

    def __call__(self, doc: Doc) -> Doc:
        """Add the doc's fact statements to ``doc._.koebner_facts``; returns the doc."""
        facts = doc_value(doc, "koebner_facts")
        if facts is None:
            facts = []
            set_doc_value(doc, "koebner_facts", facts)
        facts.extend(self.rules.find(doc_text(doc)))
        return doc
