"""`koebner run` on the bundled examples: every stage's files, and the headline it prints."""
import json
from pathlib import Path

import pandas as pd
from db_checks import assert_duckdb_matches_run
from typer.testing import CliRunner

from cli import app

ROOT = Path(__file__).resolve().parents[2]
GOLD_FIELDS = ["calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset", "trauma_date",
               "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin", "obesity",
               "bmi"]


def test_run_writes_every_stage_and_prints_the_headline(tmp_path):
    out = tmp_path / "run"
    result = CliRunner().invoke(app, [
        "run", str(ROOT / "examples" / "notes.csv"), "--demographics",
        str(ROOT / "examples" / "demographics.csv"), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    patients = pd.read_csv(out / "patients.csv", dtype=str)
    assert list(patients.columns) == ["patient_id", *GOLD_FIELDS, "n_notes", "evidence",
                                      "processed", "n_notes_quarantined"]
    notes = pd.read_csv(ROOT / "examples" / "notes.csv", dtype=str)
    assert sorted(patients.patient_id) == sorted(notes.patient_id.unique())
    koebner_yes = int((patients.koebner == "yes").sum())
    calciphylaxis_yes = int((patients.calciphylaxis == "yes").sum())
    assert f"Koebner among calciphylaxis patients: {koebner_yes}/{calciphylaxis_yes}" in result.output
    for name in ("mentions.parquet", "relations.parquet", "links.parquet", "run.json",
                 "report.html", "stats/summary.json", "stats/table1.md", "stats/table1.csv"):
        assert (out / name).is_file(), name
    links = pd.read_parquet(out / "links.parquet")
    linked_patients = set(links.loc[links.linked, "patient_id"])
    assert linked_patients == set(patients.loc[patients.koebner == "yes", "patient_id"])
    assert_duckdb_matches_run(out)   # results.duckdb: exactly the rows of the run's files


def test_screening_applies_to_large_inputs_only(tmp_path):
    notes = pd.DataFrame([
        {"patient_id": "A", "note_id": "A1", "note_date": "2022-03-01",
         "text": "Biopsy-proven calciphylaxis: necrotic eschar on the L thigh x 2 wks."},
        {"patient_id": "B", "note_id": "B1", "note_date": "2022-03-02",
         "text": "Venous stasis ulcer on the R medial ankle; ESRD on HD. BMI 31."},
    ])
    src = tmp_path / "notes.csv"
    notes.to_csv(src, index=False)
    runs = {}
    for name, extra in (("small", []), ("forced", ["--screen-min-notes", "0"])):
        out = tmp_path / name
        result = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--no-progress",
                                          *extra])
        assert result.exit_code == 0, result.output
        assert_duckdb_matches_run(out)
        runs[name] = out
    small = pd.read_parquet(runs["small"] / "mentions.parquet")
    forced = pd.read_parquet(runs["forced"] / "mentions.parquet")
    assert "B" in set(small.patient_id)          # full NLP on every note of a small input
    assert "B" not in set(forced.patient_id)     # screened out: no calciphylaxis term
    for out in runs.values():                    # but B keeps its row and its risk factors
        patients = pd.read_csv(out / "patients.csv", dtype=str).set_index("patient_id")
        assert patients.loc["B", "esrd"] == "yes" and patients.loc["B", "dialysis"] == "HD"
    counts = json.loads((runs["forced"] / "run.json").read_text())["counts"]
    assert counts["notes_screened_out"] == 1
