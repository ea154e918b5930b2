"""The examples kept beside the shipped rules (configs/tests/*.json), one test per example, named
<concept>/<id>: what `koebner rules test` runs, as the test suite shows it."""
from __future__ import annotations

import pytest
from case_loader import case_params

from pipeline.extract import extract_text
from pipeline.rules import examples_files, load_examples
from pipeline.rules.examples import Example, check_example

FILES = examples_files()


def _params() -> list:
    params = []
    for path in FILES:
        load_examples(path)          # the file passes the pipeline's own schema first
        params += case_params(path, key="examples", prefix=f"{path.stem}/")
    return params


def test_every_concept_has_examples():
    assert {p.stem for p in FILES} >= {"accidental", "calciphylaxis", "injection", "lesion",
                                       "pressure", "procedure", "thermal"}


@pytest.mark.parametrize("case", _params())
def test_shipped_rule_example(nlp, case):
    example = Example.model_validate(case)
    found = list(extract_text(nlp, example.text, note_date=example.note_date).mentions)
    assert check_example(example, found) == []
