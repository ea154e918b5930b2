"""koebner's Doc and Span extensions survive spaCy's own serialization (Doc.to_bytes, DocBin)."""
from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc, DocBin, Span

from pipeline.extract import make_doc
from pipeline.nlp.context import storing_modifiers
from pipeline.nlp.extensions import DOC_EXTENSIONS, SPAN_EXTENSIONS, mentions, note_date, register_extensions
from pipeline.records import Note

TEXT = ("HPI: 61F on hemodialysis. Injects insulin into the left thigh since 3/2023. "
        "Two weeks ago developed retiform purpura at the injection site.\n"
        "Exam: No ulceration of the right calf.\n"
        "Assessment/Plan: Calciphylaxis of the left thigh. BMI 34.")
NOTE = Note("P7", "P7-03", dt.date(2023, 4, 12), TEXT)

# (label, text, region, laterality, trauma_type, agent, timex_value)
EXPECTED_MENTIONS = [
    ("TRAUMA", "Injects insulin", None, None, "injection", "insulin", None),
    ("SITE", "left thigh", "thigh", "left", None, None, None),
    ("TIMEX", "since 3/2023", None, None, None, None, "2023-03"),
    ("TIMEX", "Two weeks ago", None, None, None, None, "2023-03-29"),  # 14 days before 12 April
    ("LESION", "retiform purpura", None, None, None, None, None),
    ("TRAUMA", "injection site", None, None, "injection", None, None),
    ("LESION", "ulceration", None, None, None, None, None),
    ("SITE", "right calf", "lower_leg", "right", None, None, None),
    ("CALCIPHYLAXIS", "Calciphylaxis", None, None, None, None, None),
    ("SITE", "left thigh", "thigh", "left", None, None, None),
]
EXPECTED_RELATIONS = [
    ("LOCATION", "Injects insulin", "left thigh"),
    ("TIME", "Injects insulin", "since 3/2023"),
    ("TIME", "retiform purpura", "Two weeks ago"),
    ("LOCATION", "ulceration", "right calf"),
    ("LOCATION", "Calciphylaxis", "left thigh"),
]
EXPECTED_SECTIONS = [(0, 140, "hpi"), (140, 179, "exam"), (179, 236, "assessment_plan")]
EXPECTED_FACTS = [("dialysis", "HD"), ("insulin", "yes"), ("bmi", "34")]


def _mention_values(doc: Doc) -> list[tuple]:
    return [(s.label_, s.text, s._.koebner_region, s._.koebner_laterality,
             s._.koebner_trauma_type, s._.koebner_agent, s._.koebner_timex_value)
            for s in mentions(doc)]


def _assert_koebner_values(doc: Doc) -> None:
    assert doc.text == TEXT
    assert doc._.koebner_note_date == "2023-04-12"
    assert note_date(doc) == dt.date(2023, 4, 12)
    assert (doc._.koebner_note_id, doc._.koebner_patient_id) == ("P7-03", "P7")
    assert _mention_values(doc) == EXPECTED_MENTIONS
    assert all(s._.koebner_rule for s in mentions(doc))
    assert [s._.koebner_rule for s in mentions(doc) if s.label_ == "SITE"] == [
        "site:thigh", "site:calf", "site:thigh"]
    relations = doc._.koebner_relations
    assert [(t, e.text, a.text) for t, e, a in relations] == EXPECTED_RELATIONS
    # the relation arguments are the mentions themselves: same label, same extension values
    assert [(e.label_, a.label_) for _, e, a in relations] == [
        ("TRAUMA", "SITE"), ("TRAUMA", "TIMEX"), ("LESION", "TIMEX"), ("LESION", "SITE"),
        ("CALCIPHYLAXIS", "SITE")]
    assert relations[1][2]._.koebner_timex_value == "2023-03"
    assert [tuple(s) for s in doc._.koebner_sections] == EXPECTED_SECTIONS
    assert [(f["fact"], f["value"]) for f in doc._.koebner_facts] == EXPECTED_FACTS
    negated = [s.text for s in mentions(doc) if s._.is_negated]
    assert negated == ["ulceration", "right calf"]


@pytest.fixture(scope="module")
def processed(nlp) -> Doc:
    return nlp(make_doc(nlp, NOTE))


def test_a_processed_note_carries_the_expected_koebner_values(processed):
    _assert_koebner_values(processed)


def test_doc_to_bytes_with_user_data_keeps_the_koebner_extensions(nlp, processed):
    restored = Doc(nlp.vocab).from_bytes(processed.to_bytes())
    _assert_koebner_values(restored)


def test_docbin_with_user_data_keeps_the_koebner_extensions(nlp, processed):
    other = nlp(make_doc(nlp, Note("P8", "P8-01", dt.date(2022, 1, 31),
                                   "Painful calciphylaxis of the R breast.")))
    docbin = DocBin(store_user_data=True)
    docbin.add(processed)
    docbin.add(other)
    first, second = DocBin().from_bytes(docbin.to_bytes()).get_docs(nlp.vocab)
    _assert_koebner_values(first)
    assert (second._.koebner_note_id, second._.koebner_note_date) == ("P8-01", "2022-01-31")
    assert [(s.label_, s.text, s._.koebner_laterality, s._.is_negated) for s in mentions(second)] == [
        ("CALCIPHYLAXIS", "calciphylaxis", None, False), ("SITE", "R breast", "right", False)]
    assert [(t, e.text, a.text) for t, e, a in second._.koebner_relations] == [
        ("LOCATION", "calciphylaxis", "R breast")]


def test_medspacy_graph_objects_are_kept_only_when_asked(nlp):
    # ConTextGraph and ConTextModifier objects cannot be packed; the default run leaves them out
    doc = nlp(make_doc(nlp, NOTE))
    assert not any(key[1] in ("context_graph", "modifiers") for key in doc.user_data)
    with storing_modifiers(nlp):
        explained = nlp(make_doc(nlp, NOTE))
    ulceration = next(s for s in mentions(explained) if s.text == "ulceration")
    assert [m.category for m in ulceration._.modifiers] == ["NEGATED_EXISTENCE"]
    assert explained._.context_graph is not None
    assert nlp.get_pipe("koebner_context").store_modifiers is False


def test_every_koebner_extension_is_prefixed_and_owns_its_name():
    register_extensions()
    names = [*DOC_EXTENSIONS, *SPAN_EXTENSIONS, "koebner_relations"]
    assert all(name.startswith("koebner_") for name in names)
    assert Doc.has_extension("koebner_relations") and Span.has_extension("koebner_section")
    assert not any(name in DOC_EXTENSIONS or name in SPAN_EXTENSIONS
                   for name in ("section", "note_date", "region", "timex_value"))


def test_relations_are_stored_as_offsets_and_labels(nlp):
    doc = nlp.make_doc("Calciphylaxis of the left shin.")
    register_extensions()
    event, site = Span(doc, 0, 1, label="CALCIPHYLAXIS"), Span(doc, 3, 5, label="SITE")
    doc._.koebner_relations = [("LOCATION", event, site)]
    assert doc._.koebner_relation_offsets == [["LOCATION", 0, 1, "CALCIPHYLAXIS", 3, 5, "SITE"]]
    [(rel_type, got_event, got_site)] = doc._.koebner_relations
    assert (rel_type, got_event, got_site) == ("LOCATION", event, site)
    assert got_site.label_ == "SITE" and got_site.text == "left shin"


def test_a_datetime_note_date_is_stored_as_its_iso_day(nlp):
    doc = make_doc(nlp, Note("P1", "N1", dt.datetime(2021, 5, 4, 23, 15), "Fell yesterday."))
    assert doc._.koebner_note_date == "2021-05-04"
    assert note_date(doc) == dt.date(2021, 5, 4)
