"""Crash safety and determinism: a run killed with SIGKILL and resumed ends with the same files as
an uninterrupted run; the worker count never changes a byte of patients.csv."""
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.runfolder import Checkpoints, ResumeError
from pipeline.runner import EXIT_RESUME, extract_run
from pipeline.synth import generate_cohort
from pipeline.workflow import run_pipeline

TABLES = ("notes", "mentions", "relations", "facts", "links")
KOEBNER = [sys.executable, str(Path(__file__).resolve().parents[2] / "cli.py")]  # this tree's code


def _cohort(path: Path, patients: int, seed: int) -> Path:
    """A synthetic cohort (half with calciphylaxis) plus two rows that must be quarantined."""
    frame = pd.concat(list(generate_cohort(patients, seed, calciphylaxis_share=0.5,
                                           koebner_share=0.2, ruled_out_share=0.1)))
    bad = pd.DataFrame([
        {**frame.iloc[3].to_dict(), "text": "A different text for an existing note_id."},
        {**frame.iloc[5].to_dict(), "note_id": "BAD-DATE", "note_date": "31/31/2021"},
    ])
    frame = pd.concat([frame.iloc[:40], bad, frame.iloc[40:]], ignore_index=True)
    frame.to_csv(path, index=False)
    return path


def _same_outputs(a: Path, b: Path) -> None:
    assert (a / "patients.csv").read_bytes() == (b / "patients.csv").read_bytes()
    assert (a / "quarantine.csv").read_bytes() == (b / "quarantine.csv").read_bytes()
    for table in TABLES:
        assert pq.read_table(a / f"{table}.parquet").equals(pq.read_table(b / f"{table}.parquet")), table


def test_sigkill_then_resume_matches_an_uninterrupted_run(tmp_path, nlp):
    src = _cohort(tmp_path / "notes.csv", 60, seed=11)
    killed = tmp_path / "killed"
    args = [*KOEBNER, "run", str(src), "--out", str(killed), "--chunk-rows", "10", "--no-progress",
            "--screen-min-notes", "0"]
    with open(tmp_path / "first.log", "wb") as log:
        proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
        try:
            parts = killed / "parts"
            while proc.poll() is None and len(list(parts.glob("chunk-*.json"))) < 3:
                time.sleep(0.02)
            assert proc.poll() is None, "the run finished before it could be killed"
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert not (killed / "patients.csv").exists()
    done_before = len(list((killed / "parts").glob("chunk-*.json")))
    assert done_before >= 3

    resumed = subprocess.run([*args, "--resume"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr
    run = json.loads((killed / "run.json").read_text())
    assert run["chunks_resumed"] >= done_before  # finished chunks were kept, not redone
    assert not (killed / "parts").exists()

    reference = tmp_path / "reference"
    run_pipeline(src, reference, progress=False, chunk_rows=10, nlp=nlp, screen_min_notes=0)
    _same_outputs(killed, reference)
    notes = pq.read_table(killed / "notes.parquet").to_pandas()
    source = pd.read_csv(src, dtype=str, keep_default_na=False)
    assert notes.note_id.is_unique
    assert len(notes) == len(source) - 2  # every row but the two quarantined ones, once
    counts = run["counts"]
    assert counts["rows_read"] == len(source)
    assert counts["notes_processed"] + counts["notes_screened_out"] + counts["notes_quarantined"] \
        == len(source)
    mentions = pq.read_table(killed / "mentions.parquet").to_pandas()
    assert mentions.mention_id.is_unique


def test_worker_count_gives_identical_outputs(tmp_path, nlp):
    src = _cohort(tmp_path / "notes.csv", 24, seed=5)
    # screening on (whatever the input size), so screened-out notes are interleaved too
    run_pipeline(src, tmp_path / "one", progress=False, workers=1, chunk_rows=25, nlp=nlp,
                 screen_min_notes=0)
    run_pipeline(src, tmp_path / "two", progress=False, workers=2, chunk_rows=25,
                 screen_min_notes=0)
    _same_outputs(tmp_path / "one", tmp_path / "two")


def test_parts_of_another_input_are_not_resumed(tmp_path, nlp):
    src = tmp_path / "notes.csv"
    src.write_text("patient_id,note_id,note_date,text\nP1,N1,2021-01-02,Eschar on the L thigh.\n")
    out = tmp_path / "run"
    # an interrupted run of this folder on another input left its parts behind
    Checkpoints(out).open({"input": "elsewhere.csv"}, resume=False)
    with pytest.raises(ResumeError, match="cannot resume, the interrupted run used a different .*input"):
        extract_run(src, out, progress=False, nlp=nlp, resume=True)
    result = CliRunner().invoke(app, ["extract", str(src), "--out", str(out), "--resume",
                                      "--no-progress"])
    assert result.exit_code == EXIT_RESUME == 3
    assert "run with --overwrite instead of --resume to start again" in result.output
    extract_run(src, out, progress=False, nlp=nlp)  # without --resume: starts again cleanly
    assert pq.read_table(out / "notes.parquet").num_rows == 1


def test_a_half_written_part_is_never_taken_for_a_finished_chunk(tmp_path, nlp):
    """Part files without their chunk record (a kill between the two) are redone on resume."""
    src = _cohort(tmp_path / "notes.csv", 6, seed=3)
    out = tmp_path / "run"
    extract_run(src, out, progress=False, nlp=nlp, chunk_rows=8)
    expected = {t: pq.read_table(out / f"{t}.parquet") for t in ("notes", "mentions")}
    store = Checkpoints(out)
    from pipeline.ingest import open_notes
    from pipeline.runner import run_key
    key = run_key(open_notes(src, chunk_rows=8), False, None)
    store.open(key, resume=False)
    (store.dir / "mentions-00000.parquet").write_bytes(b"PAR1 half a file")
    (store.dir / ".notes-00001.parquet.tmp").write_bytes(b"PAR1")
    summary = extract_run(src, out, progress=False, nlp=nlp, chunk_rows=8, resume=True)
    assert summary.chunks_resumed == 0
    for table, frame in expected.items():
        assert pq.read_table(out / f"{table}.parquet").equals(frame)
