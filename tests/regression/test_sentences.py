"""Sentence boundaries of the line-aware splitter, as JSON regression cases (tests/cases/)."""
import pytest
from case_loader import case_params


@pytest.mark.parametrize("case", case_params("sentence_cases.json"))
def test_sentences(nlp, case):
    doc = nlp(case["text"])
    found = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert found == case["sentences"]
