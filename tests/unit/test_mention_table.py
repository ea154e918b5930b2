"""The per-doc mention table: it stands for the koebner span group only while that is the group
our components made, and readers get the same mentions either way."""
from spacy.tokens import Span

from pipeline.nlp.extensions import SPAN_GROUP
from pipeline.nlp.mention_table import _table, add_mentions, mention_rows, set_mentions

TEXT = "Necrotic eschar of the L thigh since 3/2019 after insulin injections. No ulcer on the R arm."


def _as_tuples(rows):
    return [(r.start, r.end, r.start_char, r.end_char, r.label_) for r in rows]


def _group_tuples(doc):
    return [(s.start, s.end, s.start_char, s.end_char, s.label_) for s in doc.spans[SPAN_GROUP]]


def _through(nlp, last: str):
    names = nlp.pipe_names
    doc = nlp.make_doc(TEXT)
    for name in names[:names.index(last) + 1]:
        doc = nlp.get_pipe(name)(doc)
    return doc


def test_rows_from_the_table_are_the_groups_mentions(nlp):
    doc = _through(nlp, "koebner_timex")
    assert _table(doc).stands_for(doc.spans[SPAN_GROUP])
    rows = mention_rows(doc)
    assert _as_tuples(rows) == _group_tuples(doc) and rows
    assert [r.span for r in rows] == list(doc.spans[SPAN_GROUP])  # built on demand, equal


def test_a_group_other_code_replaced_or_grew_is_read_back(nlp):
    doc = _through(nlp, "koebner_sites")
    doc.spans[SPAN_GROUP] = list(doc.spans[SPAN_GROUP])[:1]  # replaced
    assert not _table(doc).stands_for(doc.spans[SPAN_GROUP])
    assert _as_tuples(mention_rows(doc)) == _group_tuples(doc)
    add_mentions(doc, [Span(doc, 0, 1, label="LESION")])  # added to the group, table stays out
    assert _as_tuples(mention_rows(doc)) == _group_tuples(doc)

    doc = _through(nlp, "koebner_sites")
    doc.spans[SPAN_GROUP].append(Span(doc, 0, 1, label="LESION"))  # grown in place
    assert _as_tuples(mention_rows(doc)) == _group_tuples(doc)


def test_after_set_mentions_readers_read_the_group(nlp):
    doc = _through(nlp, "koebner_timex")
    rows = mention_rows(doc)
    set_mentions(doc, rows[::-1])
    assert _as_tuples(mention_rows(doc)) == _group_tuples(doc) == _as_tuples(rows[::-1])


def test_the_pipeline_gives_the_same_mentions_with_or_without_the_table(nlp, monkeypatch):
    with_table = nlp(TEXT)
    from pipeline.nlp import mention_table

    monkeypatch.setattr(mention_table.MentionTable, "stands_for", lambda self, group: False)
    without = nlp(TEXT)
    assert _group_tuples(with_table) == _group_tuples(without)
    assert with_table._.koebner_relation_offsets == without._.koebner_relation_offsets
    for a, b in zip(with_table.spans[SPAN_GROUP], without.spans[SPAN_GROUP]):
        assert (a._.is_negated, a._.koebner_region) == (b._.is_negated, b._.koebner_region)
