"""`-v`/`-vv`/`-q` and the run folder's koebner.log: the stages say what they did, a bug leaves
its traceback, and no log line ever carries note text (issue 16)."""
import logging
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline import logs
from pipeline.runfolder import MENTIONS_SCHEMA, NOTES_SCHEMA, RELATIONS_SCHEMA

ROOT = Path(__file__).resolve().parents[2]
MARKER = "Quillobrand"  # a word that exists in no rule file and no log message
NOTES = f"""patient_id,note_id,note_date,note_type,text
V1,V1-1,2021-03-02,Dermatology Consult,"ESRD on HD MWF, type 2 diabetes on insulin. Retiform purpura \
with a black {MARKER} eschar of the L thigh, where she injects her insulin, x 2 wks. Punch biopsy \
c/w calciphylaxis."
V1,V1-2,2021-03-16,Wound Care,"{MARKER} wound of the left thigh unchanged; started sodium \
thiosulfate with HD."
V2,V2-1,2021-04-01,Nephrology,"Seen for {MARKER} clinic follow-up. No skin lesions; denies \
calciphylaxis. Uses a heating pad on the R knee."
V2,V2-2,31/02/2021,Nephrology,"Note dated on a day that does not exist: {MARKER} follow-up."
V2,V2-1,2021-04-09,Nephrology,"Second note reusing V2-1, about the {MARKER} hemodialysis access."
"""


def _notes(tmp_path: Path) -> Path:
    path = tmp_path / "notes.csv"
    path.write_text(NOTES, encoding="utf-8")
    return path


def test_a_whole_run_with_vv_says_what_each_stage_did_and_never_quotes_a_note(tmp_path):
    out = tmp_path / "run"
    proc = subprocess.run([sys.executable, str(ROOT / "cli.py"), "-vv", "run", str(_notes(tmp_path)),
                           "--out", str(out), "--no-progress", "--dayfirst"],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    # the run read the marker's notes: it is in the outputs, so its absence from the logs means
    # something
    assert pd.read_parquet(out / "notes.parquet")["text"].str.contains(MARKER).sum() == 3
    assert MARKER in (out / "report.html").read_text(encoding="utf-8")
    log = (out / "koebner.log").read_text(encoding="utf-8")
    for stage in ("extract: 5 rows read, 3 notes extracted, 0 screened out, 2 quarantined",
                  "linked 2 patients", "stats: ", "review: wrote"):
        assert stage in proc.stderr, stage
        assert stage in log, stage
    assert "DEBUG pipeline.runner: chunk 0: rows 1-5, 3 processed, 2 quarantined" in proc.stderr
    assert MARKER not in proc.stderr and MARKER.lower() not in proc.stderr.lower()
    assert MARKER.lower() not in log.lower()
    assert MARKER not in proc.stdout


def test_default_shows_warnings_only_and_quiet_hides_them_but_the_run_log_keeps_them(tmp_path):
    # a run folder without facts.parquet: the linker warns and links without it
    run = tmp_path / "run"
    run.mkdir()
    pq.write_table(pa.Table.from_pylist([
        {"patient_id": "W1", "note_id": "W1-1", "note_date": pd.Timestamp("2021-05-04").date(),
         "note_type": "Nephrology", "text": f"ESRD on PD, {MARKER} follow-up."}],
        schema=NOTES_SCHEMA), run / "notes.parquet")
    pq.write_table(MENTIONS_SCHEMA.empty_table(), run / "mentions.parquet")
    pq.write_table(RELATIONS_SCHEMA.empty_table(), run / "relations.parquet")
    runner = CliRunner()

    default = runner.invoke(app, ["link", str(run)])
    assert default.exit_code == 0, default.output
    assert "WARNING: facts.parquet not found; linking without it" in default.stderr
    assert "linked 1 patients" not in default.stderr  # INFO needs -v

    verbose = runner.invoke(app, ["-v", "link", str(run)])
    assert "INFO pipeline.link.api: linked 1 patients" in verbose.stderr
    assert "DEBUG" not in verbose.stderr

    quiet = runner.invoke(app, ["-q", "link", str(run)])
    assert quiet.exit_code == 0 and quiet.stderr == ""

    both = runner.invoke(app, ["-v", "-q", "link", str(run)])
    assert both.exit_code == 2 and "give --verbose or --quiet, not both" in both.output
    for result in (default, verbose, quiet):
        assert MARKER not in result.output


def test_a_run_log_keeps_warnings_under_quiet(tmp_path):
    logs.configure(-1)
    try:
        with logs.run_log(tmp_path):
            logging.getLogger("pipeline.runner").warning("row %d: note_date is in the future", 4)
            logging.getLogger("pipeline.runner").info("not kept without -v")
    finally:
        logs.reset()
    log = (tmp_path / logs.LOG_FILE).read_text()
    assert "WARNING pipeline.runner: row 4: note_date is in the future" in log
    assert "not kept" not in log


def test_the_cli_leaves_no_handler_behind_after_a_command(tmp_path):
    before = list(logging.getLogger("pipeline").handlers)
    CliRunner().invoke(app, ["-vv", "link", str(tmp_path / "nowhere")])
    assert logging.getLogger("pipeline").handlers == before
    assert logging.getLogger("pipeline").level == logging.NOTSET


@pytest.fixture
def loaded(monkeypatch, nlp):
    """In-process runs reuse the session's pipeline instead of building their own."""
    import pipeline.nlp.build as build

    monkeypatch.setattr(build, "load", lambda *a, **k: nlp)
    return nlp


def test_a_bug_under_vv_leaves_its_traceback_in_the_run_log_without_the_note(tmp_path, loaded,
                                                                              monkeypatch):
    import pipeline.stats

    def broken_stats(*args, **kwargs):  # a bug whose message quotes a note
        raise KeyError(f"lesion '{MARKER} eschar of the L thigh'")

    monkeypatch.setattr(pipeline.stats, "compute_stats", broken_stats)
    out = tmp_path / "run"
    result = CliRunner().invoke(app, ["-vv", "run", str(_notes(tmp_path)), "--out", str(out),
                                      "--no-progress", "--dayfirst"])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == (
        f"error: unexpected KeyError: a bug, not a problem with your input (traceback in "
        f"{out / 'koebner.log'}); please report it")
    log = (out / "koebner.log").read_text(encoding="utf-8")
    assert "linked 2 patients" in log  # the stages before the bug are in the log too
    assert "Traceback (most recent call last):" in log and "in broken_stats" in log
    assert "builtins.KeyError (message withheld" in log
    assert MARKER not in log and MARKER not in result.output
