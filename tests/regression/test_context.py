"""Assertion (ConText) regression cases on single targets, as the NegEx kit is scored."""
import pytest
from case_loader import case_params

from pipeline.nlp.context import build_assertion_nlp

FLAGS = {"negated": "is_negated", "uncertain": "is_uncertain", "historical": "is_historical",
         "hypothetical": "is_hypothetical", "family": "is_family"}


@pytest.fixture(scope="module")
def assertion_nlp():
    return build_assertion_nlp()


@pytest.mark.parametrize("case", case_params("context_cases.json"))
def test_assertion(assertion_nlp, case):
    nlp = assertion_nlp
    doc = nlp.make_doc(case["sentence"])
    for name, component in nlp.pipeline:
        if name == "koebner_context":
            break
        doc = component(doc)
    start = case["sentence"].lower().index(case["target"].lower())
    doc.ents = [doc.char_span(start, start + len(case["target"]), label="TARGET",
                              alignment_mode="expand")]
    doc = nlp.get_pipe("koebner_context")(doc)
    target = doc.ents[0]
    for flag, attribute in FLAGS.items():
        if flag in case:
            assert getattr(target._, attribute) is case[flag], f"{flag} on {case['target']!r}"
