"""The synthetic cohort generator: deterministic, in the input contract, shares as asked."""
from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.ingest import open_notes, read_notes
from pipeline.synth import (
    FLAGGED_GROUPS,
    NOTE_COLUMNS,
    cohort_profiles,
    generate_cohort,
    iter_chunks,
    write_cohort,
)


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_same_seed_gives_identical_bytes_and_another_seed_differs(tmp_path, suffix):
    first = write_cohort(tmp_path / f"a{suffix}", 80, seed=11, chunk_patients=25)
    second = write_cohort(tmp_path / f"b{suffix}", 80, seed=11, chunk_patients=25)
    other = write_cohort(tmp_path / f"c{suffix}", 80, seed=12, chunk_patients=25)
    assert first.notes_path.read_bytes() == second.notes_path.read_bytes()
    assert first.demographics_path.read_bytes() == second.demographics_path.read_bytes()
    assert first.notes_path.read_bytes() != other.notes_path.read_bytes()


def test_chunk_size_does_not_change_the_cohort():
    small = pd.concat(generate_cohort(60, seed=3, chunk_patients=7), ignore_index=True)
    large = pd.concat(generate_cohort(60, seed=3, chunk_patients=1000), ignore_index=True)
    pd.testing.assert_frame_equal(small, large)


def test_cohort_is_in_the_input_contract_and_reads_back_cleanly(tmp_path):
    summary = write_cohort(tmp_path / "notes.parquet", 300, seed=5)
    notes, rejected = read_notes(summary.notes_path)
    assert rejected == []
    assert len(notes) == summary.notes
    frame = pd.read_parquet(summary.notes_path)
    assert list(frame.columns) == list(NOTE_COLUMNS)
    assert frame["note_id"].is_unique
    per_patient = frame.groupby("patient_id").size()
    assert per_patient.min() >= 2 and per_patient.max() <= 8
    assert len(per_patient) == 300
    mean_length = frame["text"].str.len().mean()
    assert 1300 < mean_length < 2100, mean_length
    assert frame["note_type"].nunique() >= 9
    # Notes of a patient are dated in order, as a chart would be.
    for _, dates in frame.groupby("patient_id")["note_date"]:
        assert dates.is_monotonic_increasing
    demographics = pd.read_csv(summary.demographics_path)
    assert list(demographics.columns) == ["patient_id", "age", "sex"]
    assert set(demographics["patient_id"]) == set(frame["patient_id"])
    assert set(demographics["sex"]) <= {"F", "M"}


def test_csv_output_reads_through_ingest_in_chunks(tmp_path):
    summary = write_cohort(tmp_path / "notes.csv", 120, seed=8)
    source = open_notes(summary.notes_path, chunk_rows=100)
    batches = list(source.batches())
    assert len(batches) > 1
    assert sum(len(b) for b in batches) == summary.notes
    assert source.rejected == []


def test_shares_are_respected_approximately():
    profiles = cohort_profiles(5000, seed=21, calciphylaxis_share=0.1, koebner_share=0.03,
                               ruled_out_share=0.02)
    groups = Counter(p.group for p in profiles)
    calciphylaxis = sum(groups[g] for g in FLAGGED_GROUPS) / 5000
    assert 0.085 < calciphylaxis < 0.115
    assert 0.021 < groups["koebner"] / 5000 < 0.039
    assert 0.012 < groups["ruled_out"] / 5000 < 0.028
    assert groups["possible"] > 0


def test_zero_shares_give_a_background_only_cohort():
    profiles = cohort_profiles(800, seed=2, calciphylaxis_share=0.0, koebner_share=0.0,
                               ruled_out_share=0.0)
    assert {p.group for p in profiles} == {"background"}


def test_koebner_share_above_calciphylaxis_share_is_refused():
    with pytest.raises(ValueError, match="koebner share"):
        cohort_profiles(10, seed=1, calciphylaxis_share=0.01, koebner_share=0.05)


def test_koebner_patients_have_the_trauma_at_the_lesion_site_before_onset():
    seen = 0
    for chunk in iter_chunks(400, seed=4, shares=None):
        notes = chunk.notes
        for profile in chunk.profiles:
            if profile.group != "koebner":
                continue
            seen += 1
            mine = notes[notes["patient_id"] == profile.patient_id].reset_index(drop=True)
            site = f"{profile.lesion_site.side} {profile.lesion_site.text}".strip()
            trauma_notes = mine.index[mine["text"].str.contains("since", regex=False)
                                      & mine["text"].str.contains(site, regex=False)]
            lesion_notes = mine.index[mine["text"].str.contains(f"on the {site} x ", regex=False)]
            assert len(trauma_notes) and len(lesion_notes), profile.patient_id
            assert trauma_notes[0] < lesion_notes[0]
            assert mine.loc[trauma_notes[0], "note_date"] < mine.loc[lesion_notes[0], "note_date"]
    assert seen > 0


def test_background_notes_include_wounds_of_other_causes():
    notes = pd.concat(generate_cohort(400, seed=9, calciphylaxis_share=0.0, koebner_share=0.0,
                                      ruled_out_share=0.0), ignore_index=True)
    text = "\n".join(notes["text"])
    for cause in ("venous stasis ulcer", "DFU", "pressure injury"):
        assert cause in text
    assert "calciphylaxis" not in text.lower()


def test_synth_command_writes_notes_and_demographics(tmp_path):
    out = tmp_path / "cohort.csv"
    result = CliRunner().invoke(app, ["synth", "--patients", "40", "--seed", "7", "--out", str(out),
                                      "--calciphylaxis-share", "0.2", "--koebner-share", "0.1"])
    assert result.exit_code == 0, result.output
    assert "40 patients" in result.output
    assert out.exists() and (tmp_path / "cohort.demographics.csv").exists()
    bad = CliRunner().invoke(app, ["synth", "--patients", "5", "--out", str(tmp_path / "x.json")])
    assert bad.exit_code != 0
