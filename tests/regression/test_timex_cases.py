"""Time expressions as JSON regression cases (tests/cases/timex_cases.json): each case's TIMEX
texts and values, found by the rules alone and by the koebner_timex component in a pipeline."""
import datetime as dt

import pytest
import spacy
from case_loader import case_params

from pipeline.nlp.extensions import iso_day, mentions
from pipeline.nlp.timex import find_timexes, load_rules

CASES = case_params("timex_cases.json")


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.fixture(scope="module")
def timex_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("koebner_timex")
    return nlp


def case_date(case):
    return dt.date.fromisoformat(case["note_date"]) if case["note_date"] else None


@pytest.mark.parametrize("case", CASES)
def test_regression_case(rules, case):
    text = case["text"]
    found = [[text[m.start:m.end], m.value] for m in find_timexes(text, case_date(case), rules)]
    assert found == case["expected"]


@pytest.mark.parametrize("case", CASES)
def test_component_spans_cover_the_expressions(timex_nlp, case):
    # spans are token-aligned, so a tokenizer that keeps "d." whole widens "3 d" to "3 d."
    doc = timex_nlp.make_doc(case["text"])
    doc._.koebner_note_date = iso_day(case_date(case))
    for _, component in timex_nlp.pipeline:
        doc = component(doc)
    spans = [s for s in mentions(doc) if s.label_ == "TIMEX"]
    assert [s._.koebner_timex_value for s in spans] == [value for _, value in case["expected"]]
    for span, (expected_text, _) in zip(spans, case["expected"]):
        assert expected_text in span.text
        assert span._.koebner_rule.startswith("timex:")
