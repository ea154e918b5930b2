"""One doc's koebner mentions as plain records, shared by the components that write and read them.

The rule components (targets, sites, timex) add their mentions to ``doc.spans["koebner"]`` for
users, and the components after them read the mentions back. Reading a spaCy span group builds
a new Span per mention (and spaCy builds three Token objects to make each Span), and each of its
offsets and its label is a property call. So the writers also note each mention in the doc's
mention table (kept with the doc's other per-doc values in :mod:`pipeline.nlp.doc_memo`) as a
plain tuple ``(start, end, start_char, end_char, label)``, from values they have at hand, and
sites and context read :class:`~pipeline.nlp.extensions.MentionRow` records made from those,
whose Span is built only if a reader asks for it. Relations reads the records too (a Span's
offsets and label are property calls), and takes from the group by position the Spans of the
mentions it keeps when it sets the final group.

The records are plain tuples of numbers and strings on purpose: nlp.pipe holds each doc for a
whole batch while every component runs over it, so whatever the table holds outlives several
garbage collections. The collector stops tracking such tuples the first time it sees them;
rows holding Span objects stayed tracked, were moved to the oldest generation and made its full
collections (0.17 s each with the pipeline loaded) three times as frequent.

The span group stays the record users see. The table stands for it only while it is the group
our components made, holding as many spans as the table has rows: a group made or replaced by
other code (whose spans may carry ids a record does not keep), or grown by it, or a doc the memo
no longer holds, is read back from the group itself. Extension values (region, laterality, timex
value, ...) are not copied into the table: later components change some of them, and
``doc.user_data`` stays their one home.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, SpanGroup

from .doc_memo import memo_slot
from .extensions import SPAN_GROUP, MentionRow, rows_of

# a mention: (start token, end token, start character, end character, label)
Record = tuple[int, int, int, int, str]


class MentionTable:
    """The records of one doc's koebner span group, in group order, and the group they stand
    for (None: the table stands for no group)."""

    __slots__ = ("group", "records")

    def __init__(self) -> None:
        self.group: SpanGroup | None = None
        self.records: list[Record] = []

    def stands_for(self, group: SpanGroup | None) -> bool:
        """Whether the records are those of ``group``, the doc's current koebner span group."""
        return group is not None and group is self.group and len(group) == len(self.records)

    def hold(self, group: SpanGroup | None, records: list[Record]) -> None:
        """Make the table stand for ``group`` with these records (None: for no group)."""
        self.group, self.records = group, records


def _new_table(_doc: Doc) -> MentionTable:
    return MentionTable()


def _table(doc: Doc) -> MentionTable:
    return memo_slot(doc, "mention_table", _new_table)


def record_of(span: Span) -> Record:
    """The table record of a Span."""
    return span.start, span.end, span.start_char, span.end_char, span.label_


def mention_rows(doc: Doc) -> list[MentionRow]:
    """The doc's koebner mentions as :class:`MentionRow` records, in span-group order (none when
    the doc has no koebner group)."""
    group = doc.spans.get(SPAN_GROUP)
    if group is None:
        return []
    table = _table(doc)
    if not table.stands_for(group):
        return rows_of(group)
    of = MentionRow.of
    return [of(doc, *record) for record in table.records]


def mention_records(doc: Doc) -> list[Record] | None:
    """The records of the doc's koebner span group, in group order, when the table stands for
    it; None when it does not (read the group itself). Do not change the list."""
    group = doc.spans.get(SPAN_GROUP)
    table = _table(doc)
    return table.records if table.stands_for(group) else None


def all_mention_records(doc: Doc) -> list[Record]:
    """:func:`mention_records`, or when the table does not stand for the group, the records
    read from the group's Spans; [] when the doc has no koebner group. Do not change the list."""
    records = mention_records(doc)
    if records is not None:
        return records
    group = doc.spans.get(SPAN_GROUP)
    return [] if group is None else [record_of(span) for span in group]


def add_mentions(doc: Doc, spans: list[Span], records: list[Record] | None = None) -> None:
    """Append ``spans`` to the doc's koebner span group (made, also when empty, if missing) and
    their records (``records``, one per span, when the caller has their values at hand; else
    read from the spans) to its mention table."""
    group = doc.spans.get(SPAN_GROUP)
    table = _table(doc)
    if group is not None and not table.stands_for(group):
        group.extend(spans)  # a group other code made or changed: readers read it back
        return
    if records is None:
        records = [record_of(span) for span in spans]
    if group is None:
        doc.spans[SPAN_GROUP] = spans
        table.hold(doc.spans[SPAN_GROUP], list(records))
    else:
        group.extend(spans)
        table.records += records


def set_mentions(doc: Doc, rows: list[MentionRow]) -> None:
    """Make the doc's koebner span group the Spans of ``rows``, in that order. The mention table
    then stands for no group: its last reader (relations) sets the final mentions, and a reader
    after it reads them back from the group."""
    doc.spans[SPAN_GROUP] = [row.span for row in rows]
    _table(doc).hold(None, [])
