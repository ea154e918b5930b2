"""Assertion: negated, uncertain, historical, hypothetical and family context (ConText).

medspaCy's ConText algorithm with its default rules plus our domain rules (configs/context.json):
"avoid ice packs" is hypothetical, "ruled out" negated, "r/o" uncertain. Results are medspaCy's
span attributes (``is_negated``, ``is_uncertain``, ``is_historical``, ``is_hypothetical``,
``is_family``) on every span of the koebner span group.
"""

from pathlib import Path

from medspacy.context import ConText, ConTextRule
from medspacy.context.context_graph import ConTextGraph
from medspacy.context.context_modifier import ConTextModifier
from spacy.language import Language
from spacy.tokens import Doc

from ..resources import read_config
from .extensions import SPAN_GROUP, register_extensions
from .matching import RuleMatcher
from .relation_features import sentence_starts
from .sections import section_at

FLAG_ATTRIBUTES = {
    "negated": "is_negated",
    "uncertain": "is_uncertain",
    "historical": "is_historical",
    "hypothetical": "is_hypothetical",
    "family": "is_family",
}


def _medspacy_default_rules() -> list[ConTextRule]:
    import medspacy

    path = Path(medspacy.__file__).resolve().parents[1] / "resources" / "en" / "context_rules.json"
    return ConTextRule.from_json(str(path))


def load_context_rules(data: dict) -> list[ConTextRule]:
    rules: list[ConTextRule] = []
    if data.get("use_medspacy_defaults", True):
        dropped = set(data.get("drop_medspacy_defaults", []))
        rules += [r for r in _medspacy_default_rules() if r.literal not in dropped]
    rules += [ConTextRule.from_dict(d) for d in data["context_rules"]]
    for category, enders in data.get("terminated_by", {}).items():
        if category == "description":
            continue
        for rule in rules:
            if rule.category == category:
                rule.terminated_by = set(rule.terminated_by) | {e.upper() for e in enders}
    return rules


@Language.factory(
    "koebner_context",
    default_config={"rules": None, "input_span_type": "group", "span_group_name": SPAN_GROUP},
)
def make_context(nlp: Language, name: str, rules: str | None, input_span_type: str,
                 span_group_name: str):
    register_extensions()
    data = read_config("context.json", rules)
    return KoebnerContext(nlp, name, load_context_rules(data), input_span_type, span_group_name,
                          data.get("section_rules", {}))


class KoebnerContext:
    """The ConText algorithm (medspaCy's graph, modifiers and attributes) with a faster matcher,
    then the section rules of configs/context.json.

    medspaCy's own component matches its rules with spaCy's Matcher, which dominated our run
    time; :class:`~pipeline.nlp.matching.RuleMatcher` gives the same pruned matches.
    """

    def __init__(self, nlp: Language, name: str, rules: list[ConTextRule], input_span_type: str,
                 span_group_name: str, section_rules: dict):
        # medspaCy's ConText registers the span attributes and holds the category mapping
        self.context = ConText(nlp, name=name, rules=None, input_span_type=input_span_type,
                               span_group_name=span_group_name)
        self.rules = rules
        self.matcher = RuleMatcher(
            (str(i), rule.pattern if rule.pattern is not None
             else [{"LOWER": t.lower_} for t in nlp.make_doc(rule.literal)])
            for i, rule in enumerate(rules)
        )
        self.input_span_type = input_span_type
        self.span_group_name = span_group_name
        self.hypothetical_sections = section_rules.get("hypothetical_sections", {})
        self.advice_sections = section_rules.get("negation_means_advice_sections", {})

    def __call__(self, doc: Doc) -> Doc:
        if self.input_span_type == "group":
            targets = doc.spans.get(self.span_group_name)
        else:
            targets = doc.ents
        if not targets:
            return doc
        sent_of = sentence_starts(doc)
        by_sentence: dict[int, list[Span]] = {}
        for target in targets:
            by_sentence.setdefault(sent_of[target.start], []).append(target)
        # scopes end at sentence boundaries, so each sentence with a target is its own graph:
        # the same edges as one graph over the doc, without pairing every target with every
        # modifier of the note
        ranges = [(start, doc[start].sent.end) for start in sorted(by_sentence)]
        modifiers_by_sentence: dict[int, list[ConTextModifier]] = {}
        for match in self.matcher(doc, ranges):
            modifier = ConTextModifier(self.rules[int(match.label_)], match.start, match.end, doc)
            modifiers_by_sentence.setdefault(sent_of[match.start], []).append(modifier)
        graph = ConTextGraph(prune_on_modifier_overlap=True)
        graph.targets = targets
        for start, sentence_targets in by_sentence.items():
            # pruning: a trigger inside a target ("diverticulosis without diverticulitis" as one
            # target) describes the target's own wording, not its assertion
            sentence = ConTextGraph(prune_on_modifier_overlap=True)
            sentence.targets = sentence_targets
            sentence.modifiers = modifiers_by_sentence.get(start, [])
            sentence.update_scopes()
            sentence.apply_modifiers()
            graph.modifiers += sentence.modifiers
            graph.edges += sentence.edges
        for target, modifier in graph.edges:
            target._.modifiers += (modifier,)
        self.context.set_context_attributes(graph.edges)
        doc._.context_graph = graph
        if doc._.koebner_sections:
            self._apply_section_rules(doc, targets)
        return doc

    def _apply_section_rules(self, doc: Doc, targets) -> None:
        sections = doc._.koebner_sections
        for span in targets:
            section = section_at(sections, span.start_char)
            if span.label_ in self.hypothetical_sections.get(section, ()):
                span._.is_hypothetical = True
                span._.is_negated = False
            elif span._.is_negated and span.label_ in self.advice_sections.get(section, ()):
                span._.is_negated = False
                span._.is_hypothetical = True


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
