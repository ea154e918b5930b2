"""Regression cases for the extraction components, kept as JSON data (tests/cases/)."""
from datetime import date

import pytest
from case_loader import case_params

from pipeline.extract import extract_text

CASES = "extraction_cases.json"
ATTRIBUTES = ("negated", "uncertain", "historical", "hypothetical", "family", "region",
              "laterality", "trauma_type", "agent", "timex_value")


def _extract(nlp, case):
    return extract_text(nlp, case["text"], date.fromisoformat(case["note_date"]))


def _relation_texts(result) -> set[tuple[str, str, str]]:
    by_id = {m.mention_id: m.text for m in result.mentions}
    return {(r.type, by_id[r.arg1], by_id[r.arg2]) for r in result.relations}


@pytest.mark.parametrize("case", case_params(CASES))
def test_expected_mentions(nlp, case):
    result = _extract(nlp, case)
    for mention in result.mentions:
        assert case["text"][mention.start:mention.end] == mention.text
    for expected in case["expect"]:
        found = [m for m in result.mentions
                 if m.label == expected["label"] and m.text == expected["text"]]
        assert found, f"{expected['label']} {expected['text']!r} not found in " \
                      f"{[(m.label, m.text) for m in result.mentions]}"
        for attribute in ATTRIBUTES:
            if attribute in expected:
                values = [getattr(m, attribute) for m in found]
                assert expected[attribute] in values, \
                    f"{expected['text']!r}: {attribute} {values} != {expected[attribute]!r}"


@pytest.mark.parametrize("case", case_params(CASES, where=lambda c: c.get("absent")))
def test_absent_mentions(nlp, case):
    result = _extract(nlp, case)
    found = {(m.label, m.text) for m in result.mentions}
    for absent in case["absent"]:
        assert (absent["label"], absent["text"]) not in found


@pytest.mark.parametrize("case", case_params(CASES, where=lambda c: c.get("relations")))
def test_relations(nlp, case):
    got = _relation_texts(_extract(nlp, case))
    for rel_type, event, arg in case["relations"]:
        assert (rel_type, event, arg) in got, f"missing {rel_type} {event!r} -> {arg!r}: {got}"


@pytest.mark.parametrize("case", case_params(CASES, where=lambda c: c.get("absent_relations")))
def test_absent_relations(nlp, case):
    got = _relation_texts(_extract(nlp, case))
    for rel_type, event, arg in case["absent_relations"]:
        assert (rel_type, event, arg) not in got
