"""Assertion: negated, uncertain, historical, hypothetical and family context (ConText).

medspaCy's ConText algorithm with its default rules plus our domain rules (configs/context.json):
"avoid ice packs" is hypothetical, "ruled out" negated, "r/o" uncertain. Results are medspaCy's
span attributes (``is_negated``, ``is_uncertain``, ``is_historical``, ``is_hypothetical``,
``is_family``) on every span of the koebner span group.

Additions to medspaCy's algorithm switched on from the rule file:

- ``"metadata": {"layer": NAME}`` on a rule: its matches compete (longest match wins) only with
  the matches of rules in the same layer; the default layer holds medspaCy's rules. A second
  layer lets one word carry two readings: "pending" is a plan for the biopsy that follows it and
  doubt about the diagnosis before it; "suspected" hedges what follows or what precedes it.
- ``"metadata": {"spans_targets": true}`` on a rule: its matches are kept when they reach into a
  target ("if the biopsy confirms", "biopsy pending" hold the biopsy target). Like any modifier
  they never modify a target they overlap.
- ``"metadata": {"closes": "("}`` on a closing bracket: it does not end the scope of a BACKWARD
  trigger outside its bracket.
- ``"metadata": {"passes": [LITERAL, ...]}`` on a rule: the TERMINATE rules and scope enders of
  those literals do not end its scope ("DDx: heparin necrosis; calciphylaxis; hematoma" reads
  through the list's semicolons; "calciphylaxis -- no signs of it" reads back across the dash to
  what "it" names).
- ``"metadata": {"ends_forward_only": true}`` on an ender: it ends the scopes of triggers before
  it only; a trigger after it still reads back across it ("no vasculitis - calciphylaxis" ends the
  negation at the spaced dash, "Calciphylaxis - ruled out" is still a verdict on what precedes).
- ``"metadata": {"shares_target_edge": true}`` on a rule: it also modifies a target it overlaps
  at one end only, where the two share a verb: the trigger starts inside the target and runs on
  past it ("Dose #1 given" is a target, "given today" the trigger: the dose was given at this
  visit), or starts before the target and ends inside it ("should not inject" + "inject
  insulin": advice).
- ``"metadata": {"predicate_of_target": true}`` on a rule: a match that starts right where a target
  ends is said of that target ("calciphylaxis most likely, sited where the strap pressed"): the
  forward readings of its words by rules of other layers (medspaCy's "likely") are dropped, so the
  hedge does not reach the next clause.
- ``"clearing_categories"``: a category whose modifiers clear attributes of the targets they
  modify ("biopsy-proven", "clinical diagnosis of" clear ``is_uncertain``: guidelines 2; "fitted
  today" clears ``is_hypothetical``), after the other modifiers and after the section rules.

And two corrections to how scopes are limited: a TERMINATE or PSEUDO modifier acts where it
stands (medspaCy's overlap test let "but" and ";" pass a bounded scope), and a trigger that lies
inside a target is dropped before scopes are limited ("possible early calciphylaxis").
"""

import json
import re
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path

from medspacy.context import ConText, ConTextRule
from medspacy.context.context_graph import ConTextGraph
from medspacy.context.context_modifier import ConTextModifier
from medspacy.util import tuple_overlaps
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import config_source, read_config
from .batching import BatchedPipe
from .context_graph import RuleFacts, Trigger, aside_limits, bracket_limits, innermost_aside, sentence_edges, supports
from .doc_memo import doc_text, sentence_firsts, token_view
from .extensions import SPAN_GROUP, doc_value, register_extensions
from .heading_lists import heading_pattern, listed_under, question_pattern
from .joint_regex import guarded
from .matching import RuleMatcher, longest_first
from .mention_table import Record, mention_records, record_of
from .relation_features import sentence_starts
from .sections import SectionIndex
from .serialization import RuleDataComponent, file_sha256, hashed

FLAG_ATTRIBUTES = {
    "negated": "is_negated",
    "uncertain": "is_uncertain",
    "historical": "is_historical",
    "hypothetical": "is_hypothetical",
    "family": "is_family",
}


def _medspacy_rules_file() -> Path:
    import medspacy

    return Path(medspacy.__file__).resolve().parents[1] / "resources" / "en" / "context_rules.json"


def _medspacy_default_rules() -> list[ConTextRule]:
    return ConTextRule.from_json(str(_medspacy_rules_file()))


def read_context_data(rules: str | None = None) -> tuple[dict, dict[str, str]]:
    """context.json's content (``rules`` path, or the file in use), with medspaCy's default rules
    put in as ``medspacy_default_rules`` when it uses them, so that the data alone rebuilds the
    rules; and ``{file: sha256}`` of the files read."""
    data = read_config("context.json", rules)
    sources = hashed([config_source("context.json", rules)])
    if data.get("use_medspacy_defaults", True):
        import medspacy

        defaults = _medspacy_rules_file()
        data = {**data, "medspacy_default_rules": json.loads(
            defaults.read_text(encoding="utf-8"))["context_rules"]}
        sources[f"medspacy {medspacy.__version__}: context_rules.json"] = file_sha256(defaults)
    return data, sources


def load_context_rules(data: dict) -> list[ConTextRule]:
    """The ConText rules of a context.json's content: medspaCy's defaults (those embedded as
    ``medspacy_default_rules``, else the installed medspaCy's) less the dropped ones, then ours,
    with the ``terminated_by`` additions."""
    rules: list[ConTextRule] = []
    if data.get("use_medspacy_defaults", True):
        dropped = set(data.get("drop_medspacy_defaults", []))
        embedded = data.get("medspacy_default_rules")
        defaults = ([ConTextRule.from_dict(d) for d in embedded] if embedded is not None
                    else _medspacy_default_rules())
        rules += [r for r in defaults if r.literal not in dropped]
    rules += [ConTextRule.from_dict(d) for d in data["context_rules"]]
    for category, enders in data.get("terminated_by", {}).items():
        if category == "description":
            continue
        for rule in rules:
            # a rule may keep its scope through an ender ("neither the scar nor the skin showed
            # purpura": 'showed' ends most negations, not this one)
            kept = set((rule.metadata or {}).get("not_terminated_by", []))
            if rule.category == category:
                rule.terminated_by = set(rule.terminated_by) | {e.upper() for e in enders if e not in kept}
    return rules


@Language.factory(
    "koebner_context",
    default_config={"rules": None, "input_span_type": "group", "span_group_name": SPAN_GROUP,
                    "store_modifiers": False},
    requires=["doc.spans", "token.is_sent_start", "doc._.koebner_sections"],
    assigns=["span._.is_negated", "span._.is_uncertain", "span._.is_historical",
             "span._.is_hypothetical", "span._.is_family"],
)
def make_context(nlp: Language, name: str, rules: str | None, input_span_type: str,
                 span_group_name: str, store_modifiers: bool = False):
    """The ``koebner_context`` factory: a :class:`KoebnerContext` reading ``rules``.

    ``store_modifiers`` also keeps medspaCy's ``doc._.context_graph`` and
    ``Span._.modifiers`` objects; they are not msgpack-safe, so a doc holding them cannot go
    through ``Doc.to_bytes()`` or ``DocBin(store_user_data=True)``."""
    return KoebnerContext(nlp, name, rules, input_span_type, span_group_name, store_modifiers)


@contextmanager
def storing_modifiers(nlp: Language) -> Iterator[None]:
    """Within the block, ``nlp``'s koebner_context component keeps medspaCy's
    ``Span._.modifiers`` and ``doc._.context_graph`` (as ``store_modifiers=True`` would), for
    explaining which trigger set a flag."""
    component = nlp.get_pipe("koebner_context") if "koebner_context" in nlp.pipe_names else None
    if not isinstance(component, KoebnerContext):
        yield
        return
    before, component.store_modifiers = component.store_modifiers, True
    try:
        yield
    finally:
        component.store_modifiers = before


class _LayeredMatcher(RuleMatcher):
    """:class:`RuleMatcher` over all rules in one pass, with the longest match winning only
    among the matches of rules in the same layer (rule metadata ``layer``)."""

    def __init__(self, keyed_patterns, layer_of: dict[str, str]):
        super().__init__(keyed_patterns)
        self.layer_of = layer_of
        # the keys of rules outside the default layer: most notes match none of them
        self.layered = frozenset(key for key, layer in layer_of.items() if layer)

    def offsets(self, doc: Doc, ranges=None) -> list[tuple[int, int, str]]:
        """The kept matches, ``(start, end, key)``: layer by layer, each in text order."""
        found = self.match_offsets(doc, ranges)
        if self.layered.isdisjoint(map(itemgetter(2), found)):
            return longest_first(found)  # one layer, the default one (the test runs in C)
        by_layer: dict[str, list[tuple[int, int, str]]] = {}
        for match in found:
            by_layer.setdefault(self.layer_of[match[2]], []).append(match)
        return [match for found in by_layer.values() for match in longest_first(found)]


def _metadata(rule: ConTextRule) -> dict:
    return rule.metadata or {}


LIST_LAST_JOINS = ("or", "nor")
LIST_ITEM_WORDS = 4  # words of one list item between the bracket's comma and "or"
LIST_ITEMS = 4  # items of a list after the bracket, the last one joined by "or"
# a place a bracketed list item was at, told after the bracket ("(pads, bottles) on the belly")
LIST_PLACE_WORDS = ("on", "to", "over", "at", "around", "near", "under", "against")


def _list_goes_on(lower: list[str], close: int) -> bool:
    """Whether the closing bracket at token ``close`` sits inside a list that goes on after it
    ("urut (traditional massage) or tight clothing", "denies heat (pads, hot tubs), falls or
    snug clothing", "denies heat (pads) on the belly, tight belts, falls or knocks": after a
    place the bracketed item was at, if any, a comma, up to :data:`LIST_ITEMS` more items, the
    last joined by "or"). ``lower``: the doc's lower-case words."""
    n = len(lower)
    i = close + 1
    if i < n and lower[i] in LIST_PLACE_WORDS:
        i += 1
        while i < n and i <= close + 2 + LIST_ITEM_WORDS and lower[i].isalpha():
            i += 1
        if i >= n or lower[i] != "," or i == close + 2:
            return False
    if i >= n:
        return False
    if lower[i] in LIST_LAST_JOINS:
        return True
    if lower[i] != ",":
        return False
    words, items = 0, 1
    for k in range(i + 1, min(n, i + 1 + LIST_ITEMS * (LIST_ITEM_WORDS + 2))):
        if lower[k].isspace():
            continue  # a hard line wrap inside the list
        if lower[k] in LIST_LAST_JOINS:
            return words > 0
        if lower[k] == ",":
            items += 1
            if words == 0 or items > LIST_ITEMS:
                return False
            words = 0
            continue
        if not lower[k].isalpha() and lower[k] != "-":
            return False
        words += 1
        if words > LIST_ITEM_WORDS:
            return False
    return False


def _opening_bracket(doc: Doc, close: int, opener: str) -> int | None:
    """Token index of the bracket that the closing bracket at ``close`` closes, in its sentence."""
    words = token_view(doc).text
    closer = words[close]
    depth = 0
    for i in range(close - 1, sentence_starts(doc)[close] - 1, -1):
        text = words[i]
        if text == closer:
            depth += 1
        elif text == opener:
            if depth == 0:
                return i
            depth -= 1
    return None


def _sentence_ends(firsts: list[int], n: int, starts: list[int]) -> list[int]:
    """The end token (exclusive) of each sentence starting at ``starts`` (ascending, each a
    sentence's first token): what ``doc[start].sent.end`` gives, without building a Span per
    sentence. ``firsts`` are the first tokens of all the doc's sentences (doc_memo
    ``sentence_firsts``) and ``n`` its length: a sentence ends where the next one starts
    (doc_memo ``sentence_bounds``, its end without the call and the start)."""
    count = len(firsts)
    ends = []
    for start in starts:
        following = bisect_right(firsts, start)
        ends.append(firsts[following] if following < count else n)
    return ends


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges (ascending, not overlapping) with each run of adjacent ones joined: the
    matcher tries the same positions, with less work per range."""
    merged: list[tuple[int, int]] = []
    for start, end in ranges:
        if merged and merged[-1][1] == start:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _scope(rule: ConTextRule, start: int, end: int, sent_start: int,
           sent_end: int, asides: dict[int, int] | None = None,
           words: list[str] | None = None) -> tuple[int, int]:
    """The scope medspaCy's ConTextModifier gives a match of ``rule`` at tokens ``start:end``
    in the sentence ``sent_start:sent_end`` (its ``__set_scope`` without a ``max_scope`` of the
    component): to the sentence's end (forward), from its start (backward) or both, each side at
    most the rule's ``max_scope`` tokens. The tokens of a bracketed aside (``asides``: each
    bracket's token -> its partner's) do not count toward ``max_scope`` (except for negations):
    "favor early (pre-ulcerative) calciphylaxis", "calciphylaxis (obesity, PHPT) - possible"."""
    direction = rule.direction.lower()
    max_scope = rule.max_scope
    if (direction == "bidirectional" and words is not None and end < len(words)
            and _metadata(rule).get("backward_at_item_end") and _WORD_START.match(words[end])):
        # "Eschar - none" answers its item (backward); "clinically - no biopsy" starts a new
        # denial of the words after it, and does not reach back past the dash
        direction = "forward"
    # a negation's reach is counted word for word, brackets too; a hard line wrap is layout, and
    # counts for none ("so ?early\ncalciphylaxis")
    free = None if rule.category.upper() == "NEGATED_EXISTENCE" else asides
    if direction == "forward":
        scope_start, scope_end = end, sent_end
        if max_scope is not None and scope_end - scope_start > max_scope:
            scope_end = _reach(end, max_scope, 1, sent_end, free, words)
    elif direction == "backward":
        scope_start, scope_end = sent_start, start
        if max_scope is not None and scope_end - scope_start > max_scope:
            scope_start = _reach(start, max_scope, -1, sent_start, free, words)
    else:
        scope_start, scope_end = sent_start, sent_end
        if max_scope is not None and start - scope_start > max_scope:
            scope_start = _reach(start, max_scope, -1, sent_start, free, words)
        if max_scope is not None and scope_end - end > max_scope:
            scope_end = _reach(end, max_scope, 1, sent_end, free, words)
    if asides and words is not None:
        aside = innermost_aside(asides, start, end)
        if aside is not None:
            opening, closing = aside
            if direction != "forward" and any(w.lower() not in OPENING_WORDS
                                              for w in words[opening + 1:start]):
                # a trigger inside an aside that has words of its own before it ("calciphylaxis
                # (steal excluded by duplex)") is about those words; one that opens the aside
                # ("calciphylaxis (ruled out)") is about what the aside follows
                scope_start = max(scope_start, opening + 1)
            if direction != "backward" and any(
                    _WORD_START.match(w) for w in words[opening + 1:start] + words[end:closing]):
                # likewise forward: a trigger among other words of an aside ("(history confirmed
                # with his daughter)") is about them and ends at the bracket; one that is the
                # whole aside ("for (possible) calciphylaxis") is about what the aside precedes
                scope_end = min(scope_end, closing)
    return scope_start, scope_end


# a token that starts with a word character (not a line break or a stop)
_WORD_START = re.compile(r"\w")

# words an aside may open with before a trigger that is still about what precedes the aside
# ("(was ruled out)", "(now excluded)")
OPENING_WORDS = {"was", "were", "is", "are", "been", "has", "have", "had", "now", "since",
                 "later", "subsequently", "already", "then", "also", "both", "all"}


def _reach(edge: int, count: int, step: int, bound: int, asides: dict[int, int] | None,
           words: list[str] | None = None) -> int:
    """The scope edge ``count`` tokens from ``edge`` (forward: the exclusive end from ``edge``;
    backward: the start before ``edge``), not counting bracketed asides nor line breaks (of
    ``words``, the doc's token texts, when given), within ``bound``."""
    if not asides:
        # no aside to skip: the plain reach, unless a line break lies among the words it takes
        reach = edge + count if step > 0 else edge - count
        if words is None or not any(map(_is_wrap, words[min(edge, reach):max(edge, reach)])):
            return reach
    i = edge if step > 0 else edge - 1  # the first token the scope takes
    taken = 0
    while taken < count and (i < bound if step > 0 else i >= bound):
        partner = asides.get(i) if asides else None
        if partner is not None and (partner > i if step > 0 else partner < i) \
                and (partner < bound if step > 0 else partner >= bound):
            i = partner + step  # the whole aside, brackets included, at no cost
            continue
        if words is None or not _is_wrap(words[i]):
            taken += 1
        i += step
    return i if step > 0 else i + 1


def _is_wrap(word: str) -> bool:
    """Whether a token is a hard line wrap: one line break and its indent (a run of spaces in a
    line, or a blank line, still counts)."""
    return word.count("\n") == 1 and word.isspace()


def _asides(words: list[str], start: int, end: int) -> dict[int, int]:
    """Each round bracket of tokens ``start:end`` that is closed there -> its partner, both ways."""
    pairs: dict[int, int] = {}
    if "(" not in words[start:end]:
        return pairs  # most sentences: no bracket (the test runs in C)
    open_at: list[int] = []
    for i in range(start, end):
        if words[i] == "(":
            open_at.append(i)
        elif words[i] == ")" and open_at:
            opener = open_at.pop()
            pairs[opener], pairs[i] = i, opener
    return pairs


def _inside(modifier: ConTextModifier, target) -> bool:
    start, end = modifier.modifier_span
    return target.start <= start and end <= target.end


class KoebnerContext(BatchedPipe, RuleDataComponent):
    """The ConText algorithm (medspaCy's rules, graph and attributes) with a faster matcher,
    then the section rules of configs/context.json.

    medspaCy's own component matches its rules with spaCy's Matcher, which dominated our run
    time; :class:`~pipeline.nlp.matching.RuleMatcher` gives the same pruned matches. The graph
    runs on plain records (:mod:`.context_graph`), with the same edges as medspaCy's
    ConTextGraph and ConTextModifier objects, which are built only when ``store_modifiers``
    keeps them.
    """

    compiled = ("rules", "matcher", "spans_targets", "clearing", "hypothetical_sections",
                "advice_sections", "section_rule_sections", "section_rule_labels", "rule_facts",
                "lean", "place", "listed")

    def __init__(self, nlp: Language, name: str, rules: str | None = None,
                 input_span_type: str = "group", span_group_name: str = SPAN_GROUP,
                 store_modifiers: bool = False):
        register_extensions()
        self.name = name
        self.rules_path = rules
        self.store_modifiers = store_modifiers
        # medspaCy's ConText registers the span attributes and holds the category mapping
        self.context = ConText(nlp, name=name, rules=None, input_span_type=input_span_type,
                               span_group_name=span_group_name)
        self.input_span_type = input_span_type
        self.span_group_name = span_group_name
        self._tokenizer = nlp.tokenizer
        self._defer(nlp)

    @classmethod
    def from_data(cls, nlp: Language, name: str, data: dict, input_span_type: str = "group",
                  span_group_name: str = SPAN_GROUP,
                  store_modifiers: bool = False) -> "KoebnerContext":
        """A component built from a context.json's content (see :func:`read_context_data`)."""
        component = cls(nlp, name, None, input_span_type, span_group_name, store_modifiers)
        component._use(data, {})
        return component

    def _read(self) -> tuple[dict, dict[str, str]]:
        return read_context_data(self.rules_path)

    def _build(self, data: dict) -> None:
        rules = load_context_rules(data)
        section_rules = data.get("section_rules", {})
        self.rules = rules
        self.matcher = _LayeredMatcher(
            ((str(i), rule.pattern if rule.pattern is not None
              else [{"LOWER": t.lower_} for t in self._tokenizer(rule.literal)])
             for i, rule in enumerate(rules)),
            {str(i): _metadata(rule).get("layer", "") for i, rule in enumerate(rules)},
        )
        self.spans_targets = {i for i, rule in enumerate(rules)
                              if _metadata(rule).get("spans_targets")}
        self.edge_sharing = frozenset(i for i, rule in enumerate(rules)
                                      if _metadata(rule).get("shares_target_edge"))
        self.predicates = frozenset(i for i, rule in enumerate(rules)
                                    if _metadata(rule).get("predicate_of_target"))
        self.rule_facts = [RuleFacts(rule, i in self.spans_targets, _metadata(rule).get("closes"),
                                     frozenset(_metadata(rule).get("passes", ())),
                                     bool(_metadata(rule).get("ends_forward_only")))
                           for i, rule in enumerate(rules)]
        # medspaCy's graph objects are needed only for a rule with an on_modifies callback
        self.lean = supports(rules)
        self.clearing = {category: tuple(attributes)
                         for category, attributes in data.get("clearing_categories", {}).items()
                         if category != "description"}
        self.hypothetical_sections = section_rules.get("hypothetical_sections", {})
        self.advice_sections = section_rules.get("negation_means_advice_sections", {})
        self.section_rule_sections = set(self.hypothetical_sections) | set(self.advice_sections)
        self.section_rule_labels = {label for rules in (self.hypothetical_sections, self.advice_sections)
                                    for labels in rules.values() for label in labels}
        self.place = _PlacePhrases.of(data.get("place_phrases"))
        self.listed = _HeadedLists.of(data.get("heading_lists"))

    def __call__(self, doc: Doc) -> Doc:
        """Set the ConText attributes (is_negated, ...) on the doc's targets; returns the doc."""
        if self.input_span_type == "group":
            targets = doc.spans.get(self.span_group_name)
        else:
            targets = doc.ents
        if not targets:
            return doc
        # each target's offsets and label, read once (the graph and the flags read them often);
        # from here on a target is its index in the group (or the ents)
        target_list = _Targets(doc, targets)
        records = target_list.records
        sent_of = sentence_starts(doc)
        by_sentence: dict[int, list[int]] = {}
        for index, record in enumerate(records):
            sent_start = sent_of[record[0]]
            sentence = by_sentence.get(sent_start)
            if sentence is None:
                by_sentence[sent_start] = [index]  # no list made per target (setdefault's)
            else:
                sentence.append(index)
        # scopes end at sentence boundaries, so each sentence with a target is its own graph:
        # the same edges as one graph over the doc, without pairing every target with every
        # modifier of the note
        starts = sorted(by_sentence)
        ranges = list(zip(starts, _sentence_ends(sentence_firsts(doc), len(doc), starts)))
        matches, asides = self._scoped_matches(doc, _merged(ranges), sent_of, dict(ranges))
        if self.predicates:
            self._drop_other_readings(records, by_sentence, matches)
        if self.store_modifiers or not self.lean:
            edges = self._medspacy_edges(doc, target_list, targets, by_sentence, matches, asides)
        else:
            edges = self._lean_edges(doc, records, by_sentence, matches, asides)
        if self.edge_sharing:
            shared = self._edge_sharing_edges(records, by_sentence, matches)
            edges += [(i, category) for i, category, _ in shared]
            if self.store_modifiers:
                # for explain: the trigger that reached the target it shares a verb with
                for i, _, (index, m_start, m_end) in shared:
                    span = target_list.span(i)
                    span._.modifiers += (ConTextModifier(self.rules[index], m_start, m_end, doc),)
        if self.place is not None and edges:
            edges = self.place.keep(doc_text(doc), records, edges)
        flags = _SpanFlags(doc, target_list)
        self._set_attributes(flags, edges)
        self._share_with_bracketed_names(doc, flags, records)
        self._share_with_lesion_heads(doc, flags, records)
        if self.listed is not None:
            self.listed.apply(doc_text(doc), flags, records)
        sections = doc_value(doc, "koebner_sections")
        if sections and self.section_rule_sections:
            self._apply_section_rules(sections, flags, records)
            if self.clearing:
                # a clearing modifier outranks a section's rule too: "Plan: TLSO fitted today"
                # tells of a brace put on, whatever the plan around it
                self._clear(flags, edges)
        return doc

    def _drop_other_readings(self, records: list[Record], by_sentence: dict[int, list[int]],
                             matches: dict) -> None:
        """A match of a rule marked ``predicate_of_target`` that starts right where a target ends
        ("calciphylaxis most likely, sited where the strap pressed") is said of that target: the
        forward readings of its words by other rules ("likely" hedging what follows) are dropped,
        so the hedge does not reach past the target's predicate into the next clause."""
        for sent_start, found in matches.items():
            claimed = []
            for index, m_start, m_end, _, _ in found:
                if index in self.predicates and any(records[i][1] == m_start for i in by_sentence.get(sent_start, ())):
                    claimed.append((index, m_start, m_end))
            if not claimed:
                continue
            matches[sent_start] = [
                match for match in found
                if not any(match[0] != index and match[1] < end and start < match[2]
                           and self.rules[match[0]].direction in ("FORWARD", "BIDIRECTIONAL")
                           for index, start, end in claimed)]

    def _edge_sharing_edges(self, records: list[Record], by_sentence: dict[int, list[int]],
                            matches: dict) -> list[tuple[int, str, tuple[int, int, int]]]:
        """Edges of the rules marked ``shares_target_edge`` to the targets they overlap at one end:
        the trigger starts inside the target, after its first token, and ends after it ("Dose #1
        given" + "given today"), or starts before it and ends inside it, before its last token
        ("should not inject" + "inject insulin"). Every other modifier leaves a target it
        overlaps alone. Each edge comes with its match (rule index, start, end)."""
        edges: list[tuple[int, str, tuple[int, int, int]]] = []
        for sent_start, indices in by_sentence.items():
            for index, m_start, m_end, _, _ in matches.get(sent_start, ()):
                if index not in self.edge_sharing:
                    continue
                rule = self.rules[index]
                for i in indices:
                    start, end, _, _, label = records[i]
                    if not (start < m_start < end < m_end or m_start < start < m_end < end):
                        continue
                    if (rule.allowed_types is not None and label.upper() not in rule.allowed_types) or (
                            rule.excluded_types is not None and label.upper() in rule.excluded_types):
                        continue
                    edges.append((i, rule.category, (index, m_start, m_end)))
        return edges

    @staticmethod
    def _share_with_bracketed_names(doc: Doc, flags: "_SpanFlags", records: list[Record]) -> None:
        """Another name of a diagnosis in brackets right after it ("early calciphylaxis (CUA)")
        is the same mention said twice: it takes that mention's flags, which a trigger's scope
        may not have reached across the bracket."""
        words = token_view(doc).text
        n = len(words)
        named = [i for i, record in enumerate(records) if record[4] == "CALCIPHYLAXIS"]
        for second in named[1:]:
            first, following = records[second - 1], records[second]
            if (first[4] == "CALCIPHYLAXIS" and following[0] == first[1] + 1
                    and words[first[1]] == "(" and following[1] < n and words[following[1]] == ")"):
                for name in FLAG_ATTRIBUTES.values():
                    flags.set(second, name, flags.get(second - 1, name))

    @staticmethod
    def _share_with_lesion_heads(doc: Doc, flags: "_SpanFlags", records: list[Record]) -> None:
        """A diagnosis named as the kind of the lesion just before it ("can cause the painful
        skin sores of calciphylaxis", "no ulcers of calciphylaxis") is said with that lesion: it
        takes the flags the lesion carries, which a trigger's short reach may have stopped at."""
        words = token_view(doc).lower
        for second in range(1, len(records)):
            lesion, disease = records[second - 1], records[second]
            if disease[4] != "CALCIPHYLAXIS" or lesion[4] != "LESION":
                continue
            between = words[lesion[1]:disease[0]]
            if between in (["of"], ["of", "the"]):
                for name in FLAG_ATTRIBUTES.values():
                    if flags.get(second - 1, name) and not flags.get(second, name):
                        flags.set(second, name, True)

    def _scoped_matches(self, doc: Doc, ranges: list[tuple[int, int]], sent_of: list[int],
                        sentence_end: dict[int, int]
                        ) -> tuple[dict[int, list[tuple[int, int, int, int, int]]], dict[int, dict[int, int]]]:
        """The rule matches in the sentences ``ranges``, by sentence start, in match order: ``(rule
        index, start, end, scope start, scope end)``; and by the start of each sentence with a
        match of a rule that may modify a target (not only terminators and pseudo-triggers),
        its bracketed asides (:func:`_asides`)."""
        by_sentence: dict[int, list[tuple[int, int, int, int, int]]] = {}
        words = token_view(doc).text
        asides: dict[int, dict[int, int]] = {}
        facts = self.rule_facts
        for start, end, key in self.matcher.offsets(doc, ranges):
            index = int(key)
            sent_start = sent_of[start]
            if facts[index].modifies_nothing:
                # a terminator acts where it stands. medspaCy gives it the whole sentence as
                # scope, and its overlap test misses a scope that holds another whole, so "but"
                # or ";" never ended a bounded (max_scope) scope around them
                scope = (start, end)
            else:
                sent_end = sentence_end[sent_start]
                if sent_start not in asides:
                    asides[sent_start] = _asides(words, sent_start, sent_end)
                scope = _scope(self.rules[index], start, end, sent_start, sent_end, asides[sent_start], words)
            found = by_sentence.get(sent_start)
            if found is None:
                by_sentence[sent_start] = [(index, start, end, *scope)]
            else:
                found.append((index, start, end, *scope))
        return by_sentence, asides

    def _lean_edges(self, doc: Doc, records: list[Record], by_sentence: dict[int, list[int]],
                    matches: dict, asides: dict[int, dict[int, int]]) -> list[tuple[int, str]]:
        """``(target index, modifier category)`` edges by :mod:`.context_graph`: the edges
        :meth:`_medspacy_edges` finds, in the same order, without medspaCy's objects.
        ``asides``: the bracketed asides of each sentence with a trigger that may modify a
        target (see :meth:`_scoped_matches`)."""
        facts = self.rule_facts
        edges: list[tuple[int, str]] = []
        for start, indices in by_sentence.items():
            brackets = asides.get(start)
            if brackets is None:
                # no trigger, or only terminators and pseudo-triggers ("but", "no increase"):
                # they limit other triggers' scopes and modify no target themselves, so with no
                # other trigger the sentence has no edge (a third of the sentences with a trigger)
                continue
            triggers = [Trigger(facts[index], m_start, m_end, scope_start, scope_end)
                        for index, m_start, m_end, scope_start, scope_end in matches[start]]
            for trigger in triggers:
                if trigger.facts.closes:
                    self._place_closing_bracket(doc, trigger, brackets)
                elif brackets:
                    trigger.set_brackets(aside=innermost_aside(brackets, trigger.start, trigger.end))
            sentence_targets = [(records[i][0], records[i][1], records[i][4].upper()) for i in indices]
            edges += [(indices[target], trigger.facts.category)
                      for target, trigger in sentence_edges(triggers, sentence_targets)]
        return edges

    @staticmethod
    def _place_closing_bracket(doc: Doc, trigger: Trigger, brackets: dict[int, int]) -> None:
        """Set the trigger's opening bracket and whether a list goes on after it. A round
        bracket's partner is the one :func:`_asides` paired it with (the pairing of
        :func:`_opening_bracket`, which serves other brackets)."""
        view = token_view(doc)
        close = trigger.start
        if trigger.facts.closes == "(" and view.text[close] == ")":
            trigger.set_brackets(opener=brackets.get(close))
        else:
            trigger.set_brackets(opener=_opening_bracket(doc, close, trigger.facts.closes))
        trigger.list_goes_on = _list_goes_on(view.lower, close)

    def _medspacy_edges(self, doc: Doc, target_list: "_Targets", targets,
                        by_sentence: dict[int, list[int]], matches: dict,
                        asides: dict[int, dict[int, int]]) -> list[tuple[int, str]]:
        """``(target index, modifier category)`` edges by medspaCy's ConTextGraph and
        ConTextModifier objects, which ``store_modifiers`` keeps on the doc and its spans.
        ``asides`` as for :meth:`_lean_edges`."""
        index_of: dict[int, int] = {}  # id of a target's Span -> the target's index
        graph = ConTextGraph(prune_on_modifier_overlap=True)
        graph.targets = targets
        for start, indices in by_sentence.items():
            if start not in matches:
                continue  # no trigger in the sentence: no edge
            sentence_targets = [target_list.span(i) for i in indices]
            index_of.update((id(span), i) for span, i in zip(sentence_targets, indices))
            modifiers = []
            for index, m_start, m_end, scope_start, scope_end in matches[start]:
                # with its scope given, the modifier does not look up its sentence again
                modifier = ConTextModifier(self.rules[index], m_start, m_end, doc,
                                           scope_start=scope_start, scope_end=scope_end)
                modifier.spans_targets = index in self.spans_targets
                modifiers.append(modifier)
            sentence = ConTextGraph(prune_on_modifier_overlap=False)
            sentence.targets = sentence_targets
            # a trigger inside a target ("diverticulosis without diverticulitis" as one target,
            # "early" in "early calciphylaxis") describes the target's own wording: it neither
            # modifies nor limits another trigger's scope ("possible early calciphylaxis").
            # Terminators keep their place ("since" in the time "since October").
            sentence.modifiers = sorted(
                (m for m in modifiers
                 if m.direction in ("TERMINATE", "PSEUDO")
                 or not any(_inside(m, t) for t in sentence_targets)),
                key=lambda m: m.modifier_span)
            self._update_scopes(sentence.modifiers, doc, asides.get(start) or {})
            # then, as medspaCy prunes after the scopes are set, a trigger that overlaps a
            # target does not modify it, except a rule marked spans_targets that only reaches
            # into a target ("if the biopsy confirms")
            sentence.modifiers = [m for m in sentence.modifiers
                                  if m.spans_targets or not any(
                                      tuple_overlaps((t.start, t.end), m.modifier_span)
                                      for t in sentence_targets)]
            sentence.apply_modifiers()
            graph.modifiers += sentence.modifiers
            graph.edges += sentence.edges
        if self.store_modifiers:
            for target, modifier in graph.edges:
                target._.modifiers += (modifier,)
            doc._.context_graph = graph
        return [(index_of[id(target)], modifier.category) for target, modifier in graph.edges]

    def _set_attributes(self, flags: "_SpanFlags", edges: list[tuple]) -> None:
        """medspaCy's ``ConText.set_context_attributes`` on the edges, then the clearing
        categories: the same attribute writes, in the same order."""
        mapping = self.context.context_attributes_mapping
        for target, category in edges:
            for attribute, value in mapping.get(category, {}).items():
                flags.set(target, attribute, value)
        self._clear(flags, edges)

    def _clear(self, flags: "_SpanFlags", edges: list[tuple]) -> None:
        """The clearing categories' writes: their targets lose those attributes."""
        for target, category in edges:
            for attribute in self.clearing.get(category, ()):
                flags.set(target, attribute, False)

    @staticmethod
    def _update_scopes(modifiers: list[ConTextModifier], doc: Doc, brackets: dict[int, int]) -> None:
        """medspaCy's ConTextGraph.update_scopes (each pair limits the other's scope), except
        that a closing bracket (rule metadata ``closes``) does not end the scope of a BACKWARD
        trigger outside its bracket: in "the culture (sent 5/2) was negative" the bracket is part
        of what is negated. Forward scopes still end at it, and an unmatched one ("2)") ends any
        scope. A trigger in a bracketed aside (``brackets``: the sentence's, see :func:`_asides`)
        limits only the triggers in that aside (:func:`.context_graph.aside_limits`)."""
        openers = {}
        in_aside = {}
        for m in modifiers:
            opener = _metadata(m.rule).get("closes")
            if opener:
                openers[id(m)] = (_opening_bracket(doc, m.modifier_span[0], opener),
                                  _list_goes_on(token_view(doc).lower, m.modifier_span[0]))
            elif brackets:
                in_aside[id(m)] = innermost_aside(brackets, *m.modifier_span)

        def limits(other: ConTextModifier, modifier: ConTextModifier) -> bool:
            if other.rule.literal in _metadata(modifier.rule).get("passes", ()):
                return False  # a list heading reads through the list's semicolons
            if _metadata(other.rule).get("ends_forward_only") and other.modifier_span[0] < modifier.modifier_span[0]:
                return False  # "Calciphylaxis - ruled out": the verdict reads back across the dash
            if not aside_limits(in_aside.get(id(other)), *modifier.modifier_span):
                return False  # "denies frostbite (no cold packs), heating pads or shots"
            if id(other) not in openers:
                return True
            opening, goes_on = openers[id(other)]
            return bracket_limits(opening, other.modifier_span[0], modifier.direction,
                                  *modifier.modifier_span, modifier.category, goes_on)

        for i in range(len(modifiers) - 1):
            first = modifiers[i]
            for second in modifiers[i + 1:]:
                if limits(second, first):
                    first.limit_scope(second)
                if limits(first, second):
                    second.limit_scope(first)

    def _apply_section_rules(self, sections: list, flags: "_SpanFlags", records: list[Record]) -> None:
        """The section rules on the targets: ``sections`` are the doc's ``koebner_sections``."""
        ruled = SectionIndex(sections).ranges_of(self.section_rule_sections)
        if not ruled:
            return  # most notes have no section with a rule
        labels = self.section_rule_labels
        for target, (_, _, start_char, _, label) in enumerate(records):
            if label not in labels:
                continue  # a label no section rule names (SITE, TIMEX)
            for start, end, section in ruled:
                if start <= start_char < end:
                    break
            else:
                continue  # most sections have no rule
            if label in self.hypothetical_sections.get(section, ()):
                flags.set(target, "is_hypothetical", True)
                flags.set(target, "is_negated", False)
            elif label in self.advice_sections.get(section, ()) and flags.get(target, "is_negated"):
                flags.set(target, "is_negated", False)
                flags.set(target, "is_hypothetical", True)


class _HeadedLists:
    """``heading_lists`` of context.json: the items of a list under a heading line of its own
    take the heading's assertion ("Differential diagnosis:" then "1. calciphylaxis": suspected)."""

    __slots__ = ("rules",)

    def __init__(self, rules: list[tuple[re.Pattern | None, re.Pattern | None, str, frozenset[str]]]):
        self.rules = rules  # (heading line, question, flag attribute, labels)

    @classmethod
    def of(cls, data: dict | None) -> "_HeadedLists | None":
        if not data:
            return None
        rules = [(heading_pattern(rule["headings"]) if rule.get("headings") else None,
                  question_pattern(rule["asks"]) if rule.get("asks") else None,
                  FLAG_ATTRIBUTES[rule["flag"]], frozenset(rule["labels"]))
                 for rule in data.get("rules", [])]
        return cls(rules) if rules else None

    def apply(self, text: str, flags: "_SpanFlags", records: list[Record]) -> None:
        if "\n" not in text:
            return  # one line: no list under a heading
        for target, (_, _, start_char, _, label) in enumerate(records):
            for heading, question, attribute, labels in self.rules:
                if label in labels and listed_under(text, start_char, heading, question):
                    flags.set(target, attribute, True)


class _PlacePhrases:
    """``place_phrases`` of context.json: a trauma named as the place of another finding ("no
    bruising at her insulin injection sites") is not reached by that finding's negation or
    doubt; the injections happened."""

    __slots__ = ("categories", "labels", "before", "site", "site_after", "where_before")

    @classmethod
    def of(cls, data: dict | None) -> "_PlacePhrases | None":
        if not data or not data.get("categories"):
            return None
        place = cls()
        place.categories = frozenset(data["categories"])
        place.labels = frozenset(data.get("labels", ()))
        # searched back through the words before a trauma: behind a first-character guard
        place.before = guarded(data["before"], re.IGNORECASE)
        place.site = re.compile(data["site"], re.IGNORECASE)
        place.site_after = re.compile(data["site_after"], re.IGNORECASE)
        where = data.get("where_before")
        place.where_before = guarded(where, re.IGNORECASE) if where else None
        return place

    def keep(self, text: str, records: list[Record], edges: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The ``(target index, category)`` edges less those of the categories that do not reach
        a trauma named as a place; ``records`` are the targets'."""
        named: dict[int, bool] = {}
        kept = []
        for target, category in edges:
            _, _, start_char, end_char, label = records[target]
            if category in self.categories and label in self.labels:
                if start_char not in named:
                    named[start_char] = self.names_a_place(text, start_char, end_char)
                if named[start_char]:
                    continue
            kept.append((target, category))
        return kept

    def names_a_place(self, text: str, start: int, end: int) -> bool:
        """Whether the mention at characters ``start:end`` is the place a preposition names, or
        the subject of a clause of place ("arising where the heating pad has sat")."""
        if self.where_before is not None and self.where_before.search(text, max(0, start - 40), start):
            return True
        if not self.before.search(text, max(0, start - 60), start):
            return False
        return bool(self.site.search(text, start, end) or self.site_after.match(text, end, end + 40))


class _Targets:
    """One doc's targets (the koebner span group, or the ents) as table records ``(start, end,
    start_char, end_char, label)`` in their order, and their Spans, built only when asked."""

    __slots__ = ("doc", "records", "spans")

    def __init__(self, doc: Doc, targets):
        self.doc = doc
        # the koebner group's records are those the components that made the mentions kept
        records = mention_records(doc) if targets is doc.spans.get(SPAN_GROUP) else None
        if records is not None:
            self.records, self.spans = records, None
        else:
            self.spans = list(targets)
            self.records = [record_of(span) for span in self.spans]

    def span(self, index: int) -> Span:
        """The Span of the target at ``index``."""
        if self.spans is not None:
            return self.spans[index]
        start, end, _, _, label = self.records[index]
        return Span(self.doc, start, end, label=label)


class _SpanFlags:
    """``span._.<name>`` reads and writes of one doc's ConText attributes on the targets (by
    index), straight in ``doc.user_data`` under the key spaCy's ``._`` uses when the attribute
    is a plain one (a default, no getter, setter or method: as medspaCy registers them), else
    through the target Span's ``._``."""

    def __init__(self, doc: Doc, targets: _Targets):
        self.data = doc.user_data
        self.targets = targets
        self.defaults: dict[str, object] = {}
        for name in FLAG_ATTRIBUTES.values():
            if Span.has_extension(name):
                default, method, getter, setter = Span.get_extension(name)
                if method is None and getter is None and setter is None:
                    self.defaults[name] = default

    def set(self, target: int, name: str, value) -> None:
        if name in self.defaults:
            _, _, start_char, end_char, _ = self.targets.records[target]
            self.data[("._.", name, start_char, end_char)] = value
        else:
            setattr(self.targets.span(target)._, name, value)

    def get(self, target: int, name: str):
        if name in self.defaults:
            _, _, start_char, end_char, _ = self.targets.records[target]
            return self.data.get(("._.", name, start_char, end_char), self.defaults[name])
        return getattr(self.targets.span(target)._, name)


def build_assertion_nlp(rules: str | None = None) -> Language:
    """Tokenizer, sentence splitting and our ConText on ``doc.ents``: for assertion benchmarks.

    Put the target span(s) in ``doc.ents`` before calling ``nlp.get_pipe("koebner_context")``.
    """
    import spacy

    from . import factories  # noqa: F401  (registers the koebner factories)

    nlp = spacy.blank("en")
    nlp.add_pipe("koebner_sentences")
    nlp.add_pipe("koebner_context", config={"rules": rules, "input_span_type": "ents"})
    return nlp
