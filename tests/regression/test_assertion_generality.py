"""Assertion by kind of clinical language: hedged, conditional and pending diagnoses (uncertain),
risks and causes (hypothetical), look-alikes and exclusions (negated), and where negation scope
ends in lists, check boxes and field templates.

Each case in cases/assertion_cases.json names exactly the flags expected on its target; every
other flag must be false. Other targets of the same sentence are placed too, since a modifier
that overlaps a target behaves differently from one that does not.
"""
import pytest
from case_loader import as_params, read_cases

from pipeline.nlp.context import build_assertion_nlp

CASES = read_cases("assertion_cases.json")
FLAGS = {"negated": "is_negated", "uncertain": "is_uncertain", "historical": "is_historical",
         "hypothetical": "is_hypothetical", "family": "is_family"}


@pytest.fixture(scope="module")
def assertion_nlp():
    return build_assertion_nlp()


def _span(doc, sentence: str, phrase: str, label: str):
    start = sentence.lower().index(phrase.lower())
    span = doc.char_span(start, start + len(phrase), label=label, alignment_mode="expand")
    assert span is not None, f"{phrase!r} does not align to tokens"
    return span


def test_case_flags_are_known():
    for case in CASES:
        assert set(case["flags"]) <= set(FLAGS), case["id"]


@pytest.mark.parametrize("case", as_params(CASES))
def test_assertion_kind(assertion_nlp, case):
    nlp = assertion_nlp
    sentence = case["sentence"]
    doc = nlp.make_doc(sentence)
    for name, component in nlp.pipeline:
        if name == "koebner_context":
            break
        doc = component(doc)
    target = _span(doc, sentence, case["target"], case.get("label", "LESION"))
    others = [_span(doc, sentence, phrase, label) for phrase, label in case.get("others", [])]
    doc.ents = sorted([target, *others], key=lambda s: s.start)
    doc = nlp.get_pipe("koebner_context")(doc)
    found = next(e for e in doc.ents if (e.start, e.end) == (target.start, target.end))
    got = sorted(flag for flag, attribute in FLAGS.items() if getattr(found._, attribute))
    assert got == sorted(case["flags"]), f"{case['id']}: {sentence!r} -> {case['target']!r}"
