"""CALCIPHYLAXIS, LESION and TRAUMA mentions from medspaCy-style TargetRule JSON.

The rules live in ``configs/targets/``, one file per concept (``lesion.json``,
``injection.json``, ...); :func:`read_targets` joins them in file-name order.
"""

from pathlib import Path
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import TARGETS_DIR, ConfigError, config_path, read_config
from ..rules.vocabularies import VocabularyError, collect, expand_tables
from .batching import BatchedPipe
from .doc_memo import TokenView, sentence_bounds, sentence_firsts, token_view
from .extensions import LABEL_NAMES, label_ids, register_extensions, set_values_at
from .matching import compile_matcher
from .mention_table import add_mentions
from .serialization import RuleDataComponent, hashed

IGNORE = "IGNORE"
QUOTES = {'"', "“", "”", "'"}
# marks a note may liken a lesion to, and the words that liken ("like a bruise")
LIKENED_MARKS = {"bruise", "bruises", "hematoma", "haematoma", "ecchymosis", "burn", "burns",
                 "scrape", "scratch", "abrasion", "blister"}
LIKENESS_WORDS = {"like", "resembling", "resembled", "resembles", "resemble", "mimicking"}
# marks a patient's quoted words name the lesion by ('a "bruise that hurts like fire"')
QUOTED_MARKS = {"bruise", "bruises", "hematoma", "haematoma", "ecchymosis"}
QUOTED_LIKE_MARKS = {"bruised", "burned", "burnt", "scarred", "blistered"}  # 'a "bruised" area' names it
# the words a quoted phrase ends in when it names the lesion as a mark or wound ('the "burn"',
# 'a "bruised" area'; 'a "scrape that never healed"' ends elsewhere and is read by the lead-word
# rule below); a quoted past verb is the patient's word for what happened ('the infusion
# "leaked"', 'he "banged" it'), and a quoted treatment its name ('"fat freezing"'), neither a
# name for the lesion
QUOTED_NAMES = QUOTED_MARKS | QUOTED_LIKE_MARKS | {
    "burn", "burns", "scald", "scalds", "cut", "cuts", "graze", "grazes", "scrape", "scrapes", "scratch",
    "scratches", "blister", "blisters", "sore", "sores", "wound", "wounds", "welt", "welts", "mark", "marks",
    "bite", "bites", "sting", "stings", "bump", "bumps", "boil", "spot", "spots", "rash", "tear", "nick"}
QUOTE_LEAD_WORDS = 2  # words a quote may open on before such a mark ("a nasty bruise")
PUNCT = "<PUNCT>"   # in a context word list: any punctuation token
END = "<END>"       # in a context word list: no token (sentence or note boundary)


class RuleContext:
    """Words around a match that a rule needs or forbids (``metadata.context`` of a rule).

    ``require_any`` lists conditions of which one must hold, ``require_all`` conditions that
    must all hold, ``veto`` conditions of which none may hold. A condition with ``unless`` does not
    hold where one of those conditions does (a local anaesthetic vetoes a bare "injected", unless
    a steroid is named beside it). A condition is one of
    ``{"prev": words}`` / ``{"next": words}`` (the token right before / after the match),
    ``{"near": words, "window": n}`` (a token within n tokens either side) or
    ``{"sentence": words}`` (any other token of the sentence). Only tokens of the
    match's sentence are looked at; words are lower case, and PUNCT / END stand for punctuation
    and for the sentence boundary or a line break.
    """

    def __init__(self, spec: dict):
        self.require_any = [self._condition(c) for c in spec.get("require_any", [])]
        self.require_all = [self._condition(c) for c in spec.get("require_all", [])]
        self.veto = [self._condition(c) for c in spec.get("veto", [])]

    @staticmethod
    def _condition(spec: dict):
        kinds = set(spec) - {"window", "unless"}
        if len(kinds) != 1 or next(iter(kinds)) not in ("prev", "next", "near", "sentence"):
            raise ValueError(f"a context condition names one of prev/next/near/sentence: {spec!r}")
        kind = next(iter(kinds))
        words = frozenset(w if w in (PUNCT, END) else w.lower() for w in spec[kind])
        unless = tuple(RuleContext._condition(c) for c in spec.get("unless") or ())
        return kind, words, int(spec.get("window", 1)), unless

    def allows(self, span: Span) -> bool:
        """Whether the words around ``span`` in its sentence meet the rule's context."""
        return self.allows_at(span.doc, span.start, span.end)

    def allows_at(self, doc: Doc, start: int, end: int) -> bool:
        """:meth:`allows` for the match at tokens ``start:end``, read from the doc's token view
        and the splitter's sentence starts: the matcher calls it per match, and a Span, its
        ``.sent`` and a Token per looked-at word cost more than the test itself."""
        sentence = _sentence_bounds(doc, start)
        tokens = token_view(doc)
        if self.require_any and not any(self._holds(c, tokens, start, end, sentence)
                                        for c in self.require_any):
            return False
        if not all(self._holds(c, tokens, start, end, sentence) for c in self.require_all):
            return False
        return not any(self._holds(c, tokens, start, end, sentence) for c in self.veto)

    @staticmethod
    def _holds(condition, tokens: TokenView, start: int, end: int,
               sentence: tuple[int, int]) -> bool:
        """Whether the condition's words are there, and none of its ``unless`` conditions hold."""
        kind, words, window, unless = condition
        if not RuleContext._words_there(kind, words, window, tokens, start, end, sentence):
            return False
        return not any(RuleContext._holds(c, tokens, start, end, sentence) for c in unless)

    @staticmethod
    def _words_there(kind: str, words: frozenset, window: int, tokens: TokenView, start: int, end: int,
                     sentence: tuple[int, int]) -> bool:
        if kind == "prev":
            positions = [start - 1]
        elif kind == "next":
            positions = [end]
        elif kind == "near":
            positions = list(range(start - window, start)) + list(range(end, end + window))
        else:
            positions = [i for i in range(*sentence) if not start <= i < end]
        sent_start, sent_end = sentence
        lower, is_space = tokens.lower, tokens.column("is_space")
        is_punct = tokens.column("is_punct") if PUNCT in words else None
        for i in positions:
            if not sent_start <= i < sent_end:
                if kind in ("prev", "next") and END in words:
                    return True
                continue
            if is_space[i]:
                # a line break ends a line-based entry ("Specimen: R calf, skin punch\n")
                if kind in ("prev", "next") and END in words:
                    return True
                continue
            if lower[i] in words or (is_punct is not None and is_punct[i]):
                return True
        return False


def _sentence_bounds(doc: Doc, start: int) -> tuple[int, int]:
    """``(start, end)`` tokens of the sentence holding token ``start``: what ``span.sent`` gives
    for a span starting there (the whole doc when no sentence starts are set), from the sentence
    firsts the splitter remembered."""
    if doc.user_hooks or doc.user_span_hooks:  # a hook decides what a sentence is: ask spaCy
        sentence = doc[start:start + 1].sent if doc.has_annotation("SENT_START") else doc[:]
        return sentence.start, sentence.end
    return sentence_bounds(sentence_firsts(doc), len(doc), start)


MERGED_TABLES = ("agents", "procedure_regions", "not_skin_procedures")


def target_files(path: str | Path | None = None) -> list[Path]:
    """The concept files of a targets folder (the one in use when ``path`` is None)."""
    folder = Path(str(config_path(TARGETS_DIR))) if path is None else Path(path)
    if not folder.is_dir():
        raise ConfigError(f"{folder}: target rules folder not found")
    found = sorted(folder.glob("*.json"))
    if not found:
        raise ConfigError(f"{folder}: no target rule files (*.json)")
    return found


def read_targets(path: str | Path | None = None) -> dict:
    """The target rules as one medspaCy-style dict (``target_rules``, ``agents``,
    ``procedure_regions``, ``not_skin_procedures``), every ``@vocabulary`` spelt out.

    ``path`` is a targets folder (one file per concept, joined in file-name order), a single
    rules file, or None for the folder in use (``--rules DIR``'s ``targets/`` or the shipped one).
    A vocabulary defined in one file of a folder serves the rules of every file.
    """
    if path is not None and Path(path).is_file():
        return _spelt_out([(Path(path), read_config("targets.json", path))])[0]
    # named as targets files, so the loader validates them as such whatever the folder is called
    files = [(file, read_config(f"{TARGETS_DIR}/{file.name}", file)) for file in target_files(path)]
    merged: dict = {"target_rules": []}
    for (file, _), data in zip(files, _spelt_out(files)):
        merged["target_rules"].extend(data.get("target_rules", []))
        for table in MERGED_TABLES:
            if table not in data:
                continue
            if table in merged:
                raise ConfigError(f"{file}: '{table}' is already given in another targets file")
            merged[table] = data[table]
    return merged


def _spelt_out(files: list[tuple[Path, dict]]) -> list[dict]:
    """Each file's data with the folder's vocabularies put in place of their names; an error
    names the file of the rule or table that names an undefined vocabulary."""
    vocabularies = collect((str(file), data) for file, data in files)
    out = []
    for file, data in files:
        try:
            out.append(expand_tables(data, vocabularies))
        except VocabularyError as exc:
            raise exc.at(str(file)) from None
    return out


class _RulePlan(NamedTuple):
    """What the component reads of a target rule for each of its matches."""
    category: str
    literal: str
    context: RuleContext | None
    trauma_type: str | None
    # metadata "region": the body region a rule's match names by itself ("LVP": the abdomen)
    region: str | None = None
    # metadata "retype": another trauma type where its sentence says so ("puncture marks" of taps)
    retype: tuple[str, RuleContext] | None = None


def _retype(metadata: dict) -> tuple[str, RuleContext] | None:
    """A rule's ``retype`` metadata: ``{"trauma_type": T, "when": [conditions]}`` gives the match
    type T where one of the conditions (as in ``context.require_any``) holds."""
    spec = metadata.get("retype")
    if spec is None:
        return None
    return spec["trauma_type"], RuleContext({"require_any": spec["when"]})


class TargetRules:
    """The merged target rules, indexed for matching: rules, agents, procedure regions."""

    def __init__(self, data: dict):
        self.rules = data["target_rules"]
        self.agent_of = {w: agent for agent, words in data.get("agents", {}).items() for w in words}
        self.procedure_region = {w: r for w, r in data.get("procedure_regions", {}).items()
                                 if w != "description"}
        self.not_skin_procedures = frozenset(
            data.get("not_skin_procedures", {}).get("words", []))
        self.contexts = {i: RuleContext(rule["metadata"]["context"])
                         for i, rule in enumerate(self.rules)
                         if "context" in rule.get("metadata", {})}
        # per matcher key, what a match of the rule needs: looked up once per match
        self.plans = {key: _RulePlan(rule["category"], rule["literal"], self.contexts.get(i),
                                     rule.get("metadata", {}).get("trauma_type"),
                                     rule.get("metadata", {}).get("region"),
                                     _retype(rule.get("metadata", {})))
                      for i, (key, rule) in enumerate(zip(self._keys(), self.rules))}

    def keyed_patterns(self):
        """``(CATEGORY|index, token pattern)`` for every rule, in rule order."""
        for key, rule in zip(self._keys(), self.rules):
            yield key, rule["pattern"]

    def _keys(self):
        return (f"{rule['category']}|{index}" for index, rule in enumerate(self.rules))


def target_sources(path: str | Path | None = None) -> list[Path]:
    """The rule files :func:`read_targets` reads for ``path``."""
    if path is not None and Path(path).is_file():
        return [Path(path)]
    return target_files(path)


@Language.factory(
    "koebner_targets", default_config={"rules": None},
    requires=["token.is_sent_start"],
    assigns=["doc.spans", "span._.koebner_rule", "span._.koebner_trauma_type",
             "span._.koebner_agent", "span._.koebner_region"],
)
class KoebnerTargets(BatchedPipe, RuleDataComponent):
    """Adds CALCIPHYLAXIS, LESION and TRAUMA spans; TRAUMA carries trauma_type and agent.

    ``rules`` is a targets folder or file (None: the folder in use). Rule contexts look at the
    match's sentence, so sentence starts should be set first. Saved with the pipeline.
    """

    compiled = ("rules", "matcher")

    def __init__(self, nlp: Language, name: str, rules: str | None = None):
        register_extensions()
        self.name = name
        self.rules_path = rules
        self._vocab = nlp.vocab
        self._label_ids = label_ids(nlp.vocab, ("CALCIPHYLAXIS", "LESION", "TRAUMA"))
        self._defer(nlp)

    def _read(self) -> tuple[dict, dict[str, str]]:
        data = read_targets(self.rules_path)
        return data, hashed(target_sources(self.rules_path))

    def _build(self, data: dict) -> None:
        self.rules = TargetRules(data)
        self.matcher = compile_matcher(self._vocab, self.rules.keyed_patterns())

    def __call__(self, doc: Doc) -> Doc:
        """Add CALCIPHYLAXIS, LESION and TRAUMA mentions to the doc's koebner span group."""
        found, records = [], []
        tokens = token_view(doc)
        plans = self.rules.plans
        label_of = self._label_ids if doc.vocab is self._vocab else LABEL_NAMES
        for start, end, key in self.matcher.offsets(doc):
            plan = plans[key]
            category = plan.category
            if category == IGNORE:
                continue
            if plan.context is not None and not plan.context.allows_at(doc, start, end):
                continue
            words = tokens.lower[start:end]
            if plan.trauma_type == "procedure" and self._not_skin(words):
                continue
            if category == "TRAUMA" and self._names_the_lesion(tokens.text, start, end):
                category = "LESION"
            mention = Span(doc, start, end, label=label_of[category])
            start_char, end_char = mention.start_char, mention.end_char
            if category == "TRAUMA":
                trauma_type = plan.trauma_type
                if plan.retype is not None and plan.retype[1].allows_at(doc, start, end):
                    trauma_type = plan.retype[0]
                agent = {"koebner_agent": self._agent(words)} if trauma_type == "injection" else {}
                # a procedure named for a body part ("TKA", "mastectomy") carries that region
                region = next((self.rules.procedure_region[w] for w in words
                               if w in self.rules.procedure_region), plan.region)
                set_values_at(doc, start_char, end_char, koebner_rule=plan.literal,
                              koebner_trauma_type=trauma_type, **agent, koebner_region=region)
            else:
                set_values_at(doc, start_char, end_char, koebner_rule=plan.literal)
            found.append(mention)
            records.append((start, end, start_char, end_char, category))
        add_mentions(doc, found, records)
        return doc

    def _not_skin(self, words: list[str]) -> bool:
        # operations inside the eye, mouth, nose or bladder ("vitrectomy", "tonsillectomy")
        # break no skin: they are not skin traumas
        return any(w in self.rules.not_skin_procedures for w in words)

    def _agent(self, words: list[str]) -> str | None:
        for word in words:
            agent = self.rules.agent_of.get(word)
            if agent:
                return agent
        return None

    @staticmethod
    def _names_the_lesion(text: list[str], start: int, end: int) -> bool:
        # a patient calling the plaque "a bruise": the quoted word names the lesion itself
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        if before in QUOTES and text[start].lower() in QUOTED_MARKS:
            return True  # a quote that opens on a mark: "bruise that hurts like fire"
        if before in QUOTES and after in QUOTES and text[end - 1].lower() in QUOTED_NAMES:
            return True  # "a bruise", "the burn"; not a treatment's name ("fat freezing")
        # ... or on a few words before it: "nasty bruise", "a bruise that kept getting worse"
        if end - start == 1 and text[start].lower() in QUOTED_MARKS:
            lead = text[max(0, start - QUOTE_LEAD_WORDS - 1):start]
            opening = max((k for k, w in enumerate(lead) if not w.isalpha()), default=None)
            if opening is not None and lead[opening] in QUOTES and opening < len(lead) - 1:
                return True
        # "it started like a bruise", "resembling a burn": a likeness describes the lesion, it
        # does not say a knock or a burn happened
        return end - start == 1 and text[start].lower() in LIKENED_MARKS and any(
            w.lower() in LIKENESS_WORDS for w in text[max(0, start - 2):start])
