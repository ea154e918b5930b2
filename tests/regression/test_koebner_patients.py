"""Koebner decisions on whole patients, from note text to patient row (tests/cases/
koebner_patients.json): one patient per kind of error seen on unseen notes, each asserting the
patient row a reviewer decided and the decision and reason of the pairs that matter."""
from __future__ import annotations

import pandas as pd
import pytest
from case_loader import as_params, read_cases

from pipeline.link import link_run
from pipeline.runner import extract_run

CASES = read_cases("koebner_patients.json")


@pytest.fixture(scope="module")
def run(tmp_path_factory, nlp):
    """Every case's notes in one input, one patient per case, extracted and linked once."""
    rows = [{**note, "patient_id": case["id"]} for case in CASES for note in case["notes"]]
    folder = tmp_path_factory.mktemp("koebner_patients")
    notes = folder / "notes.csv"
    pd.DataFrame(rows)[["patient_id", "note_id", "note_date", "note_type", "text"]].to_csv(notes, index=False)
    out = folder / "run"
    extract_run(notes, out, progress=False, nlp=nlp)
    link_run(out)
    patients = pd.read_csv(out / "patients.csv", dtype=str, keep_default_na=False).set_index("patient_id")
    links = pd.read_parquet(out / "links.parquet")
    mentions = pd.read_parquet(out / "mentions.parquet").set_index("mention_id")
    return patients, links, mentions


def test_note_ids_are_unique_across_cases():
    """All cases run as one input: a note id used twice would put a note under the wrong patient."""
    ids = [note["note_id"] for case in CASES for note in case["notes"]]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.parametrize("case", as_params(CASES))
def test_patient(case, run):
    patients, links, mentions = run
    row = patients.loc[case["id"]]
    for field, expected in case["expect"].items():
        assert row[field] == expected, f"{case['kind']}: {field}"
    mine = links[links.patient_id == case["id"]]
    for want in case["links"]:
        words = mine.trauma_id.map(lambda m: mentions.loc[m, "text"])
        pairs = mine[words.str.contains(want["trauma"], case=False, regex=False)]
        assert len(pairs), f"no candidate link for a trauma reading {want['trauma']!r}"
        # linked: the trauma is linked to some lesion, for the reason given; not linked: to none
        deciding = pairs[pairs.linked] if want["linked"] else pairs
        assert pairs.linked.any() == want["linked"], list(pairs.reason)
        assert any(want["reason_contains"] in r for r in deciding.reason), list(deciding.reason)
