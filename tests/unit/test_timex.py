"""The koebner_timex component: TIMEX spans and their values, resolved against the note date
(its JSON regression cases: tests/regression/test_timex_cases.py)."""
import datetime as dt
import functools
import json
import re
import shutil

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.nlp.extensions import SPAN_GROUP, iso_day, mentions
from pipeline.nlp.timex import (
    TimexRulesError,
    default_rules_path,
    find_timexes,
    is_valid_value,
    load_rules,
)


def make_nlp(rules: str | None = None):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("koebner_timex", config={"rules": rules})
    return nlp


@functools.cache
def shared_nlp():
    return make_nlp()


@functools.cache
def shared_rules():
    return load_rules()


@pytest.fixture
def nlp():
    return shared_nlp()


def run(nlp, text: str, note_date):
    doc = nlp.make_doc(text)
    doc._.koebner_note_date = iso_day(note_date)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def timexes(doc):
    return [s for s in mentions(doc) if s.label_ == "TIMEX"]


def test_relative_expressions_follow_the_note_date(nlp):
    text = "Purple plaque on the L thigh noticed 10 days ago; ice packs since last month."
    early = [s._.koebner_timex_value for s in timexes(run(nlp, text, dt.date(2021, 1, 5)))]
    late = [s._.koebner_timex_value for s in timexes(run(nlp, text, dt.date(2021, 7, 20)))]
    assert early == ["2020-12-26", "2020-12"]
    assert late == ["2021-07-10", "2021-06"]


def test_datetime_note_date_anchors_by_calendar_day(nlp):
    doc = run(nlp, "Fell in the kitchen yesterday.", dt.datetime(2022, 3, 1, 23, 45))
    assert [(s.text, s._.koebner_timex_value) for s in timexes(doc)] == [("yesterday", "2022-02-28")]


def test_iso_string_note_date_is_read_and_garbage_is_refused(nlp):
    doc = run(nlp, "Bumped the shin 2 days ago.", "2022-03-01")
    assert [s._.koebner_timex_value for s in timexes(doc)] == ["2022-02-27"]
    doc = nlp.make_doc("Bumped the shin 2 days ago.")
    doc._.koebner_note_date, doc._.koebner_note_id = "last Tuesday", "N-17"
    with pytest.raises(ValueError, match="note N-17: note_date"):
        nlp.get_pipe("koebner_timex")(doc)


def test_existing_mentions_are_kept(nlp):
    doc = nlp.make_doc("Calciphylaxis of the R thigh since 5/2021.")
    doc._.koebner_note_date = "2021-07-01"
    doc.spans[SPAN_GROUP] = [doc.char_span(0, 13, label="CALCIPHYLAXIS")]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [(s.label_, s.text) for s in mentions(doc)] == [
        ("CALCIPHYLAXIS", "Calciphylaxis"), ("TIMEX", "since 5/2021")]


def test_spans_are_token_aligned(nlp):
    doc = run(nlp, "Lesion opened ~5 days ago.", dt.date(2020, 1, 10))
    (span,) = timexes(doc)
    assert span._.koebner_timex_value == "2020-01-05"
    assert doc.text[span.start_char:span.end_char] == span.text
    assert span.text.endswith("5 days ago")


def test_rules_file_from_config(tmp_path):
    rules = json.loads(default_rules_path().read_text())
    rules["patterns"] = [p for p in rules["patterns"] if p["name"] != "relative_day"]
    path = tmp_path / "timex.json"
    path.write_text(json.dumps(rules))
    custom = make_nlp(str(path))
    doc = run(custom, "Dialysis yesterday; biopsy 3/14/19.", dt.date(2019, 3, 20))
    assert [s.text for s in timexes(doc)] == ["3/14/19"]


def test_bad_rules_file_names_the_file(tmp_path):
    broken = tmp_path / "timex.json"
    shutil.copy(default_rules_path(), broken)
    broken.write_text(broken.read_text().replace('"patterns"', '"patternz"'))
    with pytest.raises(TimexRulesError, match="timex.json"):
        load_rules(broken)
    not_json = tmp_path / "nope.json"
    not_json.write_text("{")
    with pytest.raises(TimexRulesError, match="nope.json"):
        load_rules(not_json)


def test_pattern_without_span_group_is_refused(tmp_path):
    rules = json.loads(default_rules_path().read_text())
    rules["patterns"].append({"name": "nameless", "kind": "year", "regex": "(?P<year>20\\d\\d)"})
    path = tmp_path / "timex.json"
    path.write_text(json.dumps(rules))
    with pytest.raises(TimexRulesError, match="nameless"):
        load_rules(path)


def test_misspelled_pattern_key_is_refused(tmp_path):
    rules = json.loads(default_rules_path().read_text())
    rules["patterns"][0]["veto_plan_"] = True
    path = tmp_path / "timex.json"
    path.write_text(json.dumps(rules))
    with pytest.raises(TimexRulesError, match="veto_plan_"):
        load_rules(path)


@pytest.mark.parametrize("rule", [
    {"easter_offset": 1, "month": 4},  # an Easter holiday has no month of its own
    {"day": 5},  # a fixed day needs its month
])
def test_holiday_without_a_clear_rule_is_refused(tmp_path, rule):
    rules = json.loads(default_rules_path().read_text())
    rules["holidays"]["ward party"] = rule
    path = tmp_path / "timex.json"
    path.write_text(json.dumps(rules))
    with pytest.raises(TimexRulesError, match="ward party"):
        load_rules(path)


@pytest.mark.parametrize("value,ok", [
    ("2019", True), ("2019-02", True), ("2019-02-28", True), ("2019-02-29", False),
    ("2019-13", False), ("19", False), ("2019-2-3", False), ("0000", False),
])
def test_value_validation(value, ok):
    assert is_valid_value(value) is ok


# Fragments that steer generated text into the patterns, their neighbours and their guards.
FRAGMENTS = [
    "3/14", "12/31/1999", "2/29", "2/2", "8/10", "1/2", "24/7", "x 2 wks", "x", "2 wks", "ago",
    "3 weeks ago", "two months prior", "since", "2015", "0001", "9999", "in", "March", "May",
    "early", "the end of", "last", "next", "summer", "fall", "winter", "yesterday", "today",
    "for", "has had", "pain", "RTC", "in 4 weeks", "Monday", "on", "~", "(", ")", "-", "/",
    "2019-02-30", "14-Mar-2019", "Feb 30 2019", "5/2021", "13/2021", "999 years ago", "\n",
]
TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=14).map(
    " ".join)
NOTE_DATES = st.one_of(st.none(), st.dates(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
VALUE_SHAPE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, note_date=NOTE_DATES)
def test_any_text_and_date_gives_valid_spans(text, note_date):
    rules = shared_rules()
    for found in find_timexes(text, note_date, rules):
        assert 0 <= found.start < found.end <= len(text)
        assert text[found.start:found.end].strip()
        assert VALUE_SHAPE.match(found.value) and is_valid_value(found.value)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, note_date=NOTE_DATES)
def test_component_never_raises_and_spans_index_the_doc(text, note_date):
    doc = run(shared_nlp(), text, note_date)
    previous_end = -1
    for span in timexes(doc):
        assert span.label_ == "TIMEX"
        assert doc.text[span.start_char:span.end_char] == span.text
        assert is_valid_value(span._.koebner_timex_value)
        assert span.start_char >= previous_end  # no overlapping TIMEX spans
        previous_end = span.end_char

