"""Doc and Span extensions that carry koebner results. Registration is idempotent and lazy."""
from __future__ import annotations

from spacy.tokens import Doc, Span

SPAN_GROUP = "koebner"  # every mention (all five labels) lives in doc.spans[SPAN_GROUP]

DOC_EXTENSIONS = {
    "note_date": None,      # datetime.date anchoring relative time expressions
    "note_id": None,
    "patient_id": None,
    "koebner_facts": None,  # list[dict] of risk-factor statements (pipeline.nlp.risk_factors)
    "koebner_relations": None,  # list[tuple[type, Span, Span]]
    "koebner_sections": None,   # list[tuple[start_char, end_char, section]]
}
SPAN_EXTENSIONS = {
    "region": None,
    "laterality": None,
    "trauma_type": None,
    "agent": None,
    "timex_value": None,    # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    "koebner_rule": None,   # name of the rule that produced the mention
    "section": None,
}


def register_extensions() -> None:
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def mentions(doc: Doc) -> list[Span]:
    """All koebner mentions of a doc, in text order."""
    if SPAN_GROUP not in doc.spans:
        return []
    return sorted(doc.spans[SPAN_GROUP], key=lambda s: (s.start_char, s.end_char))


def add_mentions(doc: Doc, spans: list[Span]) -> None:
    group = list(doc.spans[SPAN_GROUP]) if SPAN_GROUP in doc.spans else []
    doc.spans[SPAN_GROUP] = group + list(spans)
