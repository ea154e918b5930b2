"""Sentence boundaries of the line-aware splitter, as JSON regression cases (tests/cases/)."""
import json
from pathlib import Path

import pytest

CASES = json.loads((Path(__file__).parent / "cases" / "sentence_cases.json").read_text())["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_sentences(nlp, case):
    doc = nlp(case["text"])
    found = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert found == case["sentences"]
