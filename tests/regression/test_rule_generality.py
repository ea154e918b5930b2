"""Rules capture general clinical language: cases kept as JSON data
(tests/cases/rule_generality_cases.json), each in this project's own words."""
from datetime import date

import pytest
from case_loader import as_params, read_cases

from pipeline.extract import extract_text

CASES = read_cases("rule_generality_cases.json")
ATTRIBUTES = ("negated", "uncertain", "historical", "hypothetical", "family", "region",
              "laterality", "trauma_type", "agent", "timex_value")


def _mentions(nlp, case):
    result = extract_text(nlp, case["text"], date.fromisoformat(case["note_date"]))
    for mention in result.mentions:
        assert case["text"][mention.start:mention.end] == mention.text
    return result.mentions


def test_every_case_has_something_to_check():
    assert all(c.get("expect") or c.get("absent") for c in CASES)


@pytest.mark.parametrize("case", as_params(CASES))
def test_rule_generality(nlp, case):
    mentions = _mentions(nlp, case)
    found = [(m.label, m.text) for m in mentions]
    for expected in case["expect"]:
        matches = [m for m in mentions
                   if m.label == expected["label"] and m.text == expected["text"]]
        assert matches, f"{expected['label']} {expected['text']!r} not found in {found}"
        for attribute in ATTRIBUTES:
            if attribute in expected:
                values = [getattr(m, attribute) for m in matches]
                assert expected[attribute] in values, \
                    f"{expected['text']!r}: {attribute} {values} != {expected[attribute]!r}"
    for absent in case.get("absent", []):
        if absent.get("text") is None:
            assert not [f for f in found if f[0] == absent["label"]], \
                f"no {absent['label']} expected, found {found}"
        else:
            assert (absent["label"], absent["text"]) not in found, \
                f"{absent['label']} {absent['text']!r} must not be found: {found}"
