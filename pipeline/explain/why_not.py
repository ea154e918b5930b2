"""``--why-not PHRASE``: the target rules nearest to a phrase and why none gave a mention."""
from __future__ import annotations

import difflib
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..errors import KoebnerError
from ..extract import make_doc
from ..nlp.doc_memo import token_view
from ..nlp.extensions import mentions as doc_mentions
from ..nlp.matching import OPTIONAL, TokenTest
from ..nlp.targets import IGNORE, target_files
from ..records import Note
from ..resources import read_config
from .records import NearRule, WhyNot

TARGETS_PIPE = "koebner_targets"


class PhraseNotFound(KoebnerError, ValueError):
    """The --why-not phrase is not in the text."""


def _phrase_tokens(doc: Doc, phrase: str) -> tuple[int, int]:
    start = doc.text.lower().find(phrase.lower())
    if start < 0:
        raise PhraseNotFound(f"the phrase {phrase!r} is not in the text")
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return span.start, span.end


def _rule_files() -> dict[str, str]:
    """The targets file each rule literal comes from (for the annotator to open)."""
    out = {}
    for path in target_files():
        for rule in read_config(path.name, path).get("target_rules", []):
            out.setdefault(rule["literal"], str(path))
    return out


def _describe_token(spec: dict) -> str:
    shown = {k: v for k, v in spec.items() if k != "OP"}
    for key, value in shown.items():
        if isinstance(value, dict) and "IN" in value and len(value["IN"]) > 6:
            shown[key] = {"IN": value["IN"][:6] + ["..."]}
    return str(shown)


def _best_alignment(tests: list[TokenTest], tokens, start: int, end: int) -> tuple[int, str]:
    """How many pattern tokens match from ``start`` (optional ones may be skipped), and the first
    that does not."""
    i, matched = start, 0
    for test in tests:
        if i < end and test.match(tokens, i):
            i += 1
            matched += test.op is None or test.op == "+"
            if test.op in ("*", "+"):
                while i < end and test.match(tokens, i):
                    i += 1
            continue
        if test.op in OPTIONAL:
            continue
        found = tokens.text[i] if i < tokens.n else "the end of the text"
        return matched, f"expects {_describe_token(test.spec)} where the text has {found!r}"
    return matched, "matches"


def _nearest(nlp: Language, doc: Doc, start: int, end: int, limit: int) -> list[NearRule]:
    component = nlp.get_pipe(TARGETS_PIPE)
    files = _rule_files()
    tokens = token_view(doc)
    scored = []
    for rule in component.rules.rules:
        tests = [TokenTest(t) for t in rule["pattern"]]
        required = sum(t.op not in OPTIONAL for t in tests)
        best = (0, "")
        for i in range(start, end):
            matched, reason = _best_alignment(tests, tokens, i, end)
            if matched > best[0]:
                best = (matched, reason)
        if best[0]:
            scored.append(NearRule(rule["literal"], rule["category"],
                                   files.get(rule["literal"], ""), best[0], required, best[1]))
    scored.sort(key=lambda r: (-r.matched / max(r.length, 1), -r.matched, r.literal))
    if not scored:
        scored = _spelled_alike(component.rules.rules, files, tokens.lower[start:end])
    return scored[:limit]


def _listed_words(rule: dict) -> set[str]:
    words = set()
    for token in rule["pattern"]:
        for key in ("LOWER", "ORTH", "TEXT"):
            value = token.get(key)
            if isinstance(value, str):
                words.add(value.lower())
            elif isinstance(value, dict) and "IN" in value:
                words |= {w.lower() for w in value["IN"]}
    return words


def _spelled_alike(rules: list[dict], files: dict[str, str], phrase: list[str]) -> list[NearRule]:
    """No rule accepts any word of the phrase: the rules listing the words spelled most alike."""
    out = []
    for rule in rules:
        listed = _listed_words(rule)
        best = (0.0, "", "")
        for word in phrase:
            for close in difflib.get_close_matches(word, listed, n=1, cutoff=0.7):
                ratio = difflib.SequenceMatcher(None, word, close).ratio()
                best = max(best, (ratio, word, close))
        if best[0]:
            out.append((best[0], NearRule(
                rule["literal"], rule["category"], files.get(rule["literal"], ""), 0,
                sum(t.get("OP") not in OPTIONAL for t in rule["pattern"]),
                f"no rule lists {best[1]!r}; this one lists {best[2]!r}")))
    out.sort(key=lambda pair: (-pair[0], pair[1].literal))
    return [rule for _, rule in out]


def _blocked(nlp: Language, doc: Doc, start: int, end: int) -> list[str]:
    """Rules that matched within the phrase, and what dropped their match."""
    component = nlp.get_pipe(TARGETS_PIPE)
    every = list(component.matcher.all_matches(doc))
    kept = {(s.start, s.end, s.label_) for s in filter_spans(every)}
    out = []
    for span in every:
        if not (span.start < end and start < span.end):
            continue
        category, index = span.label_.split("|")
        rule = component.rules.rules[int(index)]
        name = f"{category} rule {rule['literal']!r} matched {span.text!r}"
        if (span.start, span.end, span.label_) not in kept:
            winner = next(s for s in filter_spans(every)
                          if s.start < span.end and span.start < s.end)
            w_rule = component.rules.rules[int(winner.label_.split("|")[1])]
            out.append(f"{name}, but the longer (or earlier) match {winner.text!r} of "
                       f"{winner.label_.split('|')[0]} rule {w_rule['literal']!r} won")
        elif category == IGNORE:
            out.append(f"{name}: IGNORE rules drop what they match")
        elif int(index) in component.rules.contexts and \
                not component.rules.contexts[int(index)].allows(span):
            out.append(f"{name}, but its metadata.context (require_any / require_all / veto) rejected it here")
        elif rule.get("metadata", {}).get("trauma_type") == "procedure" and \
                component._not_skin(span):
            out.append(f"{name}, but it names an operation that breaks no skin "
                       f"(not_skin_procedures)")
        else:
            out.append(f"{name} and gave a mention")
    return out


def why_not(nlp: Language, text: str, phrase: str, note_date: date | None = None,
            limit: int = 5) -> WhyNot:
    """The mentions covering ``phrase`` in ``text``, the rule matches there that were dropped
    and why, and the ``limit`` nearest target rules with the first token each fails on."""
    note = Note("patient", "note", note_date or date.today(), text)
    doc = nlp(make_doc(nlp, note))
    start, end = _phrase_tokens(doc, phrase)
    found = tuple(f"{m.label_} {m.text!r} (rule {m._.koebner_rule!r})" for m in doc_mentions(doc)
                  if m.start < end and start < m.end and m.label_ not in ("SITE", "TIMEX"))
    return WhyNot(phrase, found, tuple(_blocked(nlp, doc, start, end)),
                  tuple(_nearest(nlp, doc, start, end, limit)))
