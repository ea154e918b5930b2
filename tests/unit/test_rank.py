"""`koebner rank`: patients and notes ordered by how uncertain their decision is."""
from __future__ import annotations

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.rank import rank_run
from pipeline.resources import RULES_ENV


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("rank")
    pd.DataFrame([
        # suspected only: the decision hangs on a biopsy
        {"patient_id": "R1", "note_id": "R1-1", "note_date": "2023-02-01", "note_type": "derm",
         "text": "ESRD on HD. Painful retiform purpura on the right thigh. Concern for "
                 "calciphylaxis, biopsy pending."},
        # confirmed, and linked at her injection sites: nothing to look at
        {"patient_id": "R2", "note_id": "R2-1", "note_date": "2023-03-01", "note_type": "derm",
         "text": "Biopsy-proven calciphylaxis. She injects insulin into her left thigh since "
                 "2012. Necrotic ulcer on the left thigh at her insulin injection sites since "
                 "2/10."},
        # confirmed in one sentence, denied in another
        {"patient_id": "R3", "note_id": "R3-1", "note_date": "2023-04-01", "note_type": "derm",
         "text": "Calciphylaxis of the abdomen, biopsy proven. Eschar on the abdomen since 3/20. "
                 "ROS: no calciphylaxis."},
    ]).to_csv(root / "notes.csv", index=False)
    mp = pytest.MonkeyPatch()
    mp.setenv(RULES_ENV, "")
    result = CliRunner().invoke(app, ["run", str(root / "notes.csv"), "--out", str(root / "run"),
                                      "--no-progress"])
    mp.undo()
    assert result.exit_code == 0, result.output
    return root / "run"


def test_suspected_and_conflicting_patients_come_first(run_dir):
    patients, notes = rank_run(run_dir)
    by_id = {p.patient_id: p for p in patients}
    assert by_id["R1"].calciphylaxis == "possible"
    assert "calciphylaxis only possible" in by_id["R1"].reasons
    assert any(r.startswith("calciphylaxis affirmed in 1 mention(s), negated in 1")
               for r in by_id["R3"].reasons)
    assert "R2" not in by_id or by_id["R2"].score < min(by_id["R1"].score, by_id["R3"].score)
    assert [p.patient_id for p in patients][:2] == ["R1", "R3"]
    assert notes[0].note_id in ("R1-1", "R3-1")
    result = CliRunner().invoke(app, ["rank", str(run_dir)])
    assert result.exit_code == 0
    assert "R1 (calciphylaxis possible, Koebner no): calciphylaxis only possible" in result.output


def test_rank_refuses_a_folder_that_is_not_a_run(tmp_path):
    result = CliRunner().invoke(app, ["rank", str(tmp_path)])
    assert result.exit_code == 2 and "no patients.csv" in result.output
