"""Explain one text: mentions and their rules, flags and their triggers, relations and scores."""
from __future__ import annotations

from datetime import date

from medspacy.context import DEFAULT_ATTRIBUTES
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extract import ASSERTED_LABELS, FLAG_SOURCES, doc_to_records, make_doc
from ..nlp.context import storing_modifiers
from ..nlp.extensions import mentions as doc_mentions
from ..nlp.relation_features import sentence_starts
from ..nlp.sections import section_at
from ..records import Note
from .records import FlagSource, MentionExplanation, RelationExplanation, TextExplanation

FLAG_OF_ATTRIBUTE = {attribute: flag for flag, attribute in FLAG_SOURCES.items()}
RELATIONS_PIPE = "koebner_relations"
CONTEXT_PIPE = "koebner_context"


def _flag_sources(nlp: Language, span: Span, section: str, final: dict[str, bool]) -> list[FlagSource]:
    out = []
    context = nlp.get_pipe(CONTEXT_PIPE) if CONTEXT_PIPE in nlp.pipe_names else None
    clearing = getattr(context, "clearing", {}) if context is not None else {}
    for modifier in getattr(span._, "modifiers", ()) or ():
        start, end = modifier.modifier_span
        trigger = span.doc[start:end].text
        for attribute, value in DEFAULT_ATTRIBUTES.get(modifier.category, {}).items():
            out.append(FlagSource(FLAG_OF_ATTRIBUTE[attribute], value, "context", trigger,
                                  modifier.rule.literal, modifier.category))
        for attribute in clearing.get(modifier.category, ()):
            out.append(FlagSource(FLAG_OF_ATTRIBUTE[attribute], False, "clearing", trigger,
                                  modifier.rule.literal, modifier.category))
    if context is not None and span.label_ in context.hypothetical_sections.get(section, ()):
        out.append(FlagSource("hypothetical", True, "section", section, "hypothetical_sections"))
        if any(s.flag == "negated" and s.set_to for s in out):
            out.append(FlagSource("negated", False, "section", section, "hypothetical_sections"))
    elif context is not None and span.label_ in context.advice_sections.get(section, ()) \
            and final["hypothetical"] and not final["negated"] \
            and any(s.flag == "negated" and s.set_to for s in out):
        out += [FlagSource("negated", False, "section", section, "negation_means_advice_sections"),
                FlagSource("hypothetical", True, "section", section,
                           "negation_means_advice_sections")]
    if section == "family_history":
        out.append(FlagSource("family", True, "section", section, "family_history section"))
    return out


def _relation_keys(relations) -> dict[tuple, tuple]:
    return {(t, (a.start, a.end), (b.start, b.end)): (t, a, b) for t, a, b in relations or []}


def _relations(nlp: Language, doc: Doc, text: str, note: Note, ids: dict) -> list[RelationExplanation]:
    if RELATIONS_PIPE not in nlp.pipe_names:
        return []
    component = nlp.get_pipe(RELATIONS_PIPE)
    # the rules alone, on a second doc processed up to the relations component
    before = make_doc(nlp, note)
    for name, proc in nlp.pipeline:
        if name == RELATIONS_PIPE:
            break
        before = proc(before)
    ruled = _relation_keys(component._with_rules(before)._.koebner_relations)
    final = _relation_keys(doc._.koebner_relations)

    def probability(d: Doc, relation) -> float | None:
        if not component.model or relation[0] not in component.model:
            return None
        return round(component._probability(d, relation, doc_mentions(d), sentence_starts(d)), 3)

    out = []
    for key, relation in final.items():
        source = "rule" if key in ruled else "model"
        out.append(RelationExplanation(relation[0], ids[_span_key(relation[1])],
                                       ids[_span_key(relation[2])], source,
                                       probability(doc, relation)))
    for key, relation in ruled.items():
        if key in final:
            continue
        event, arg = ids.get(_span_key(relation[1])), ids.get(_span_key(relation[2]))
        if event and arg:
            score = probability(before, relation)
            # under the veto threshold the model dropped it; otherwise the event kept another
            # time stated as its start ("since 8/14" over "8/13")
            vetoed = score is not None and score < component.veto_below
            out.append(RelationExplanation(relation[0], event, arg,
                                           "vetoed" if vetoed else "superseded", score))
    return out


def _span_key(span: Span) -> tuple[int, int, str]:
    return span.start_char, span.end_char, span.label_


def explain_text(nlp: Language, text: str, note_date: date | None = None,
                 note_id: str = "note", patient_id: str = "patient") -> TextExplanation:
    """Every mention of ``text`` with its rule, flag sources and relations (see module doc)."""
    note = Note(patient_id, note_id, note_date or date.today(), text)
    with storing_modifiers(nlp):  # the triggers behind each flag
        doc = nlp(make_doc(nlp, note))
    extraction = doc_to_records(doc, note)
    spans = doc_mentions(doc)
    ids = {_span_key(s): m.mention_id for s, m in zip(spans, extraction.mentions)}
    sections = doc._.koebner_sections or []
    explained = []
    for span, mention in zip(spans, extraction.mentions):
        flags: tuple[FlagSource, ...] = ()
        if span.label_ in ASSERTED_LABELS:
            final = {flag: getattr(mention, flag) for flag in FLAG_SOURCES}
            flags = tuple(_flag_sources(nlp, span, section_at(sections, span.start_char), final))
        explained.append(MentionExplanation(mention, flags))
    return TextExplanation(text, note.note_date.isoformat(), tuple(explained),
                           tuple(_relations(nlp, doc, text, note, ids)))
