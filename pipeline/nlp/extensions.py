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

from .doc_memo import memo_slots

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
    value = doc._.koebner_note_date
    if isinstance(value, date):
        return date(value.year, value.month, value.day)
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


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
    data = doc.user_data
    start, end = span.start_char, span.end_char
    for name, value in values.items():
        data[("._.", name, start, end)] = value


def mentions(doc: Doc) -> list[Span]:
    """All koebner mentions of a doc, in text order."""
    if SPAN_GROUP not in doc.spans:
        return []
    return sorted(doc.spans[SPAN_GROUP], key=lambda s: (s.start_char, s.end_char))


def add_mentions(doc: Doc, spans: list[Span]) -> None:
    """Append ``spans`` to the doc's koebner span group (made, also when empty, if missing).
    The spans must not be changed afterwards: :func:`mention_rows` reads them as added."""
    before = _current_table(doc)
    if SPAN_GROUP in doc.spans:
        doc.spans[SPAN_GROUP].extend(spans)
    else:
        doc.spans[SPAN_GROUP] = list(spans)
    group = doc.spans[SPAN_GROUP]
    if before is not None:
        added = before.spans + list(spans)
    elif len(group) == len(spans):
        added = list(spans)  # the group was empty or missing: its members are those added now
    else:
        memo_slots(doc).pop(_TABLE, None)  # read back from the group when next asked
        return
    memo_slots(doc)[_TABLE] = _MentionTable(group, added)


# --------------------------------------------------------------------------- mention table
# Every component after the rule matchers reads the koebner span group. Iterating a SpanGroup
# builds a new Span per member, and each Span's constructor makes three Token objects to find
# its character offsets; then every offset and label is a property read. The table remembers,
# per doc, the Span objects add_mentions added (a list append), and makes one plain record per
# member when a reader first asks: readers get offsets and labels as attributes.

_TABLE = "koebner_mention_table"


class MentionRow:
    """One member of a doc's koebner span group: its Span and the Span's offsets and label."""

    __slots__ = ("span", "start", "end", "start_char", "end_char", "label_")

    def __init__(self, span: Span):
        self.span = span
        self.start, self.end = span.start, span.end
        self.start_char, self.end_char = span.start_char, span.end_char
        self.label_ = span.label_


def rows_of(spans: Iterable[Span]) -> list[MentionRow]:
    """A :class:`MentionRow` per span, in the same order."""
    return [MentionRow(span) for span in spans]


class _MentionTable:
    """The members of one SpanGroup object, in its order: their Spans, and (made when first
    asked) their rows in that order and in text order. The group object and its length tell
    whether the table still describes the doc's group: setting ``doc.spans[...]`` makes a new
    group object, and extending it changes its length."""

    __slots__ = ("group", "size", "spans", "rows", "ordered")

    def __init__(self, group, spans: list[Span], rows: list | None = None):
        self.group, self.size, self.spans = group, len(spans), spans
        self.rows, self.ordered = rows, None

    def describes(self, group) -> bool:
        return self.group is group and len(group) == self.size


def _current_table(doc: Doc) -> _MentionTable | None:
    """The doc's remembered table when it still describes its koebner group, else None."""
    table = memo_slots(doc).get(_TABLE)
    if table is None or not table.describes(doc.spans.get(SPAN_GROUP)):
        return None
    return table


def _table(doc: Doc) -> _MentionTable | None:
    """The doc's mention table, with its rows, read from the span group when it is not
    remembered; None when the doc has no koebner group."""
    group = doc.spans.get(SPAN_GROUP)
    if group is None:
        return None
    slots = memo_slots(doc)
    table = slots.get(_TABLE)
    if table is None or not table.describes(group):
        table = slots[_TABLE] = _MentionTable(group, list(group))
    if table.rows is None:
        table.rows = rows_of(table.spans)
    return table


def mention_rows(doc: Doc) -> list[MentionRow]:
    """The doc's koebner mentions as :class:`MentionRow` records, in span-group order (what
    iterating ``doc.spans["koebner"]`` gives, without building the Spans). Do not change it."""
    table = _table(doc)
    return [] if table is None else table.rows


def ordered_mention_rows(doc: Doc) -> list[MentionRow]:
    """:func:`mention_rows` in text order: the order of :func:`mentions` (a stable sort by
    character offsets). Do not change it."""
    table = _table(doc)
    if table is None:
        return []
    if table.ordered is None:
        table.ordered = sorted(table.rows, key=lambda r: (r.start_char, r.end_char))
    return table.ordered


def set_mentions(doc: Doc, rows: list) -> None:
    """Make the doc's koebner span group the Spans of ``rows`` (records with a MentionRow's
    attributes, such as the rows :func:`mention_rows` gives), and remember the rows for it."""
    spans = [row.span for row in rows]
    doc.spans[SPAN_GROUP] = spans
    memo_slots(doc)[_TABLE] = _MentionTable(doc.spans[SPAN_GROUP], spans, list(rows))
