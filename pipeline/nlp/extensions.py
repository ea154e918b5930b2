"""Doc and Span extensions that carry koebner results. Registration is idempotent and lazy.

Every extension is prefixed ``koebner_`` (so none collides with medspaCy's, such as its
``Span._.section``) and every stored value is msgpack-safe (strings, numbers, lists, dicts), so
``Doc.to_bytes()`` and ``DocBin(store_user_data=True)`` keep them. Relations are stored as token
offsets and labels in ``doc._.koebner_relation_offsets``; ``doc._.koebner_relations`` is a property
over them that gives readers ``(type, event Span, arg Span)`` tuples and accepts them when set.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from spacy.tokens import Doc, Span

SPAN_GROUP = "koebner"  # every mention (all five labels) lives in doc.spans[SPAN_GROUP]

DOC_EXTENSIONS = {
    "koebner_note_date": None,   # ISO day "YYYY-MM-DD" anchoring relative time expressions
    "koebner_note_id": None,
    "koebner_patient_id": None,
    "koebner_facts": None,  # list[dict] of risk-factor statements (pipeline.nlp.risk_factors)
    # list[[type, event_start, event_end, event_label, arg_start, arg_end, arg_label]] (tokens)
    "koebner_relation_offsets": None,
    "koebner_sections": None,   # list[tuple[start_char, end_char, section]]
}
SPAN_EXTENSIONS = {
    "koebner_region": None,
    "koebner_laterality": None,
    "koebner_trauma_type": None,
    "koebner_agent": None,
    "koebner_timex_value": None,    # "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    "koebner_rule": None,   # name of the rule that produced the mention
    "koebner_section": None,
}

Relation = tuple[str, Span, Span]

# every mention label by itself: what ``Span(label=...)`` takes for a doc of a vocab that
# :func:`label_ids` was not made for
LABEL_NAMES = {label: label for label in ("CALCIPHYLAXIS", "LESION", "TRAUMA", "SITE", "TIMEX")}


def label_ids(vocab, labels: Iterable[str]) -> dict[str, int]:
    """``{label: string-store id}`` in ``vocab``, for a component that makes Spans of these
    labels: ``Span(doc, start, end, label=id)`` skips hashing the label again for every Span (a
    third of a Span's cost). For a doc of another vocab, use :data:`LABEL_NAMES` instead."""
    return {label: vocab.strings.add(label) for label in labels}


def _get_relations(doc: Doc) -> list[Relation] | None:
    stored = doc._.koebner_relation_offsets
    if stored is None:
        return None
    return [(rel_type, Span(doc, e_start, e_end, label=e_label), Span(doc, a_start, a_end, label=a_label))
            for rel_type, e_start, e_end, e_label, a_start, a_end, a_label in stored]


def relation_offsets(relations: Iterable[tuple[str, Any, Any]]) -> list[list]:
    """What ``doc._.koebner_relation_offsets`` stores for ``(type, event, arg)`` relations:
    the arguments are Spans, or any records with a Span's ``start``, ``end`` and ``label_``."""
    return [[rel_type, event.start, event.end, event.label_, arg.start, arg.end, arg.label_]
            for rel_type, event, arg in relations]


def _set_relations(doc: Doc, relations: Iterable[Relation] | None) -> None:
    doc._.koebner_relation_offsets = None if relations is None else relation_offsets(relations)


def register_extensions() -> None:
    """Register every koebner Doc/Span extension with spaCy (idempotent)."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("koebner_relations"):
        Doc.set_extension("koebner_relations", getter=_get_relations, setter=_set_relations)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def iso_day(value: Any) -> str | None:
    """A note date as the ISO day stored in ``doc._.koebner_note_date``: a date or datetime by its
    calendar day; a string or None is kept as given (the timex component checks it)."""
    if isinstance(value, date):
        return value.isoformat()[:10]
    if hasattr(value, "date") and callable(value.date):  # pandas Timestamp
        return value.date().isoformat()
    return value


def note_date(doc: Doc) -> date | None:
    """``doc._.koebner_note_date`` as a date; None when unset or not an ISO day."""
    value = doc_value(doc, "koebner_note_date")
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def doc_value(doc: Doc, name: str):
    """``doc._.<name>``, read from ``doc.user_data`` where spaCy keeps it, without building a
    ``doc._`` object (each ``doc._`` access builds one, and the components read and write a few
    doc extensions per note). Only for the ``koebner_`` doc extensions of DOC_EXTENSIONS (their
    default is None and they have no getter)."""
    return doc.user_data.get(("._.", name, None, None))


def set_doc_value(doc: Doc, name: str, value) -> None:
    """``doc._.<name> = value``, written where spaCy's ``._`` writes it (see :func:`doc_value`)."""
    doc.user_data[("._.", name, None, None)] = value


def span_value(doc: Doc, name: str, start_char: int, end_char: int):
    """``span._.<name>`` of the span at these character offsets, read from ``doc.user_data``
    where spaCy keeps it (keyed by the offsets, whatever the span's label), without building
    the Span and its ``._`` object: for hot loops over a doc's mentions. Only for the
    ``koebner_`` span extensions above (their default is None and they have no getter)."""
    return doc.user_data.get(("._.", name, start_char, end_char))


def set_span_values(doc: Doc, span: Span, **values) -> None:
    """``span._.<name> = value`` for each keyword, written to ``doc.user_data`` as spaCy's
    ``._`` does (same keys, same order) without building a ``._`` object per value. Only for the
    ``koebner_`` span extensions above."""
    set_values_at(doc, span.start_char, span.end_char, **values)


def set_values_at(doc: Doc, start_char: int, end_char: int, **values) -> None:
    """:func:`set_span_values` for the span at these character offsets, for a caller that has
    them at hand."""
    data = doc.user_data
    for name, value in values.items():
        data[("._.", name, start_char, end_char)] = value


def mentions(doc: Doc) -> list[Span]:
    """All koebner mentions of a doc, in text order."""
    if SPAN_GROUP not in doc.spans:
        return []
    return sorted(doc.spans[SPAN_GROUP], key=lambda s: (s.start_char, s.end_char))


# --------------------------------------------------------------------------- mention rows
# The components after the rule matchers read every mention's offsets and label several times
# (per sentence, per pair, per flag); each read of a Span's label or offsets is a property call.
# A row reads them once per mention: the components that make mentions keep a row of each in
# the doc's mention table (pipeline.nlp.mention_table), which the later ones read.


class MentionRow:
    """One mention: its offsets and label, read once, and its Span. A row made from a Span
    keeps it; a row made from offsets (:meth:`of`) builds its Span only when asked, so that
    a component needing the offsets alone builds none (MentionInfo, in relation_features,
    sets the same fields itself)."""

    __slots__ = ("doc", "start", "end", "start_char", "end_char", "label_", "_span")

    def __init__(self, span: Span):
        self.doc, self._span = span.doc, span
        self.start, self.end = span.start, span.end
        self.start_char, self.end_char = span.start_char, span.end_char
        self.label_ = span.label_

    @classmethod
    def of(cls, doc: Doc, start: int, end: int, start_char: int, end_char: int,
           label: str) -> MentionRow:
        """The row of the mention labelled ``label`` at tokens ``start:end`` (characters
        ``start_char:end_char``) of ``doc``."""
        row = cls.__new__(cls)
        row.doc, row._span = doc, None
        row.start, row.end, row.start_char, row.end_char, row.label_ = (
            start, end, start_char, end_char, label)
        return row

    @property
    def span(self) -> Span:
        """The mention as a Span (built on first use for a row made from offsets)."""
        if self._span is None:
            self._span = Span(self.doc, self.start, self.end, label=self.label_)
        return self._span


def rows_of(spans: Iterable[Span]) -> list[MentionRow]:
    """A :class:`MentionRow` per span, in the same order."""
    return [MentionRow(span) for span in spans]


def in_text_order(rows: list) -> list:
    """Mention rows (or records with their ``start_char`` and ``end_char``) in the order of
    :func:`mentions`: a stable sort by character offsets."""
    return sorted(rows, key=lambda r: (r.start_char, r.end_char))
