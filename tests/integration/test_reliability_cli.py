"""Nothing hidden: every command fails with a clear message and its documented exit code, run
folders are never mixed, and a bug is logged with its traceback (never note text) (issue 15)."""
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import spacy
from typer.testing import CliRunner

from cli import app
from pipeline import __version__

ROOT = Path(__file__).resolve().parents[2]
EXIT_BUG, EXIT_INPUT, EXIT_OUTPUT = 1, 2, 4
NOTES = ("patient_id,note_id,note_date,note_type,text\n"
         "K1,K1-1,2021-03-02,Derm,Exquisitely painful black eschar on the R thigh where she "
         "injects insulin. Biopsy: calciphylaxis.\n"
         "K2,K2-1,2021-03-04,Nephrology,ESRD on HD. Denies skin lesions.\n")


@pytest.fixture
def notes(tmp_path) -> Path:
    path = tmp_path / "notes.csv"
    path.write_text(NOTES)
    return path


@pytest.fixture
def loaded(monkeypatch, nlp):
    """CLI runs in this process reuse the session's pipeline instead of building their own."""
    import pipeline.nlp.build as build

    monkeypatch.setattr(build, "load", lambda *a, **k: nlp)
    return nlp


def invoke(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_version_and_short_help():
    assert invoke("--version").output.strip() == f"koebner {__version__}"
    for command in ([], ["run"], ["link"], ["stats"], ["screen"]):
        result = invoke(*command, "-h")
        assert result.exit_code == 0 and "Usage:" in result.output


@pytest.mark.parametrize("command", ["run", "extract"])
def test_bad_out_folder_exits_4_before_reading(command, notes, tmp_path):
    existing_file = tmp_path / "a-file.txt"
    existing_file.write_text("mine")
    for out, message in [
        ("/proc/x", "cannot write to /proc/x"),
        (existing_file, "exists and is not a folder"),
        ("/proc/1", "cannot write to /proc/1"),  # an existing folder nobody may write, not even root
    ]:
        result = invoke(command, notes, "--out", out, "--no-progress")
        assert result.exit_code == EXIT_OUTPUT, (out, result.output)
        assert message in result.output and "Traceback" not in result.output
    assert existing_file.read_text() == "mine"


@pytest.mark.parametrize("args", [
    ["screen", "{notes}", "--out", "/proc/x/kept.csv"],
    ["screen", "{notes}", "--out", "{tmp}"],
    ["screen", "{notes}", "--summary-json", "/proc/1/summary.json"],
    ["synth", "--patients", "3", "--out", "/proc/x/cohort.csv"],
    ["synth", "--patients", "3", "--out", "{tmp}"],
    ["link-gold", str(ROOT / "annotations"), "/proc/x"],
])
def test_bad_out_file_exits_4(args, notes, tmp_path):
    result = invoke(*[a.format(notes=notes, tmp=tmp_path) for a in args])
    assert result.exit_code == EXIT_OUTPUT, result.output
    assert result.output.startswith("error: ") and "Traceback" not in result.output


def test_missing_demographics_found_before_extraction(notes, tmp_path):
    out = tmp_path / "run"
    result = invoke("run", notes, "--out", out, "--demographics", tmp_path / "nope.csv",
                    "--no-progress")
    assert result.exit_code == EXIT_INPUT
    assert f"demographics file not found: {tmp_path / 'nope.csv'}" in result.output
    assert not (out / "notes.parquet").exists()
    bad = tmp_path / "demo.csv"
    bad.write_text("person,age\n1,70\n")
    result = invoke("run", notes, "--out", out, "--demographics", bad, "--no-progress")
    assert result.exit_code == EXIT_INPUT and "need a patient_id column" in result.output
    result = invoke("run", notes, "--out", out, "--linker-config", tmp_path / "none.json",
                    "--no-progress")
    assert result.exit_code == EXIT_INPUT and not (out / "notes.parquet").exists()


def test_run_folder_is_not_mixed_with_another_run(notes, tmp_path, loaded):
    out = tmp_path / "run"
    assert invoke("run", notes, "--out", out, "--no-progress").exit_code == 0
    # what an earlier run with --gold left: note text in evaluation/errors.md; and a user's file
    (out / "evaluation").mkdir()
    (out / "evaluation" / "errors.md").write_text("FN: 'Exquisitely painful black eschar'\n")
    (out / "my-notes.txt").write_text("chart review to do")
    result = invoke("run", notes, "--out", out, "--redact", "--no-progress")
    assert result.exit_code == EXIT_OUTPUT
    assert "holds another run's files" in result.output and "--overwrite" in result.output
    assert (out / "evaluation" / "errors.md").exists()
    result = invoke("run", notes, "--out", out, "--redact", "--overwrite", "--no-progress")
    assert result.exit_code == 0, result.output
    assert not (out / "evaluation").exists()
    assert (out / "my-notes.txt").read_text() == "chart review to do"
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".csv", ".json", ".md", ".html"):
            assert "Exquisitely painful" not in path.read_text(errors="replace"), path
    assert json.loads((out / "run.json").read_text())["settings"]["redact"] is True


@spacy.Language.component("issue15_buggy")
def _buggy(doc):
    if "MARKER15" in doc.text:
        raise KeyError(f"token not in table: {doc.text[:40]}")  # a bug quoting the note
    return doc


def test_a_bug_in_a_component_is_logged_counted_and_shown(notes, tmp_path, loaded):
    src = tmp_path / "bug.csv"
    src.write_text(NOTES + "K3,K3-1,2021-03-05,Derm,Ulcer on the L calf MARKER15 after a fall.\n")
    loaded.add_pipe("issue15_buggy", last=True)
    try:
        result = invoke("extract", src, "--out", tmp_path / "run", "--no-progress")
    finally:
        loaded.remove_pipe("issue15_buggy")
    assert result.exit_code == 0
    assert "1 note(s) failed with an unexpected error (a bug, not bad input)" in result.output
    quarantine = pd.read_csv(tmp_path / "run" / "quarantine.csv", dtype=str)
    assert list(zip(quarantine.note_id, quarantine.stage, quarantine.reason)) == [
        ("K3-1", "extract", "unexpected extraction error (KeyError): a bug, not bad input; "
                            "traceback in koebner.log")]
    log = (tmp_path / "run" / "koebner.log").read_text()
    assert "row 3 (note_id K3-1): unexpected extraction error" in log
    assert "in _buggy" in log and "builtins.KeyError (message withheld" in log
    assert "MARKER15" not in log and "MARKER15" not in result.output
    run = json.loads((tmp_path / "run" / "run.json").read_text())
    assert run["counts"]["notes_failed"] == 1 and run["counts"]["notes_skipped"] == 0


def test_a_crash_of_the_whole_command_exits_1_with_its_traceback_logged(notes, tmp_path, loaded,
                                                                          monkeypatch):
    import pipeline.link

    quoted = "patient K1: " + NOTES.splitlines()[1][24:60]  # a message quoting a note

    def broken_linker(*args, **kwargs):
        raise ZeroDivisionError(quoted)

    monkeypatch.setattr(pipeline.link, "link_run", broken_linker)
    out = tmp_path / "run"
    result = invoke("run", notes, "--out", out, "--no-progress")
    assert result.exit_code == EXIT_BUG
    assert result.output.strip().endswith(
        f"error: unexpected ZeroDivisionError: a bug, not a problem with your input (traceback "
        f"in {out / 'koebner.log'}); please report it")
    log = (out / "koebner.log").read_text()
    assert "broken_linker" in log and "Exquisitely" not in log + result.output


def test_link_options_and_exit_codes(notes, tmp_path, loaded):
    out = tmp_path / "run"
    assert invoke("extract", notes, "--out", out, "--no-progress").exit_code == 0
    config = ROOT / "pipeline" / "configs" / "linker.json"
    result = invoke("link", out, "--linker-config", config)
    assert result.exit_code == 0 and "config:" in result.output
    result = invoke("link", out, "--config", config)  # the old name still works, and says so
    assert result.exit_code == 0 and "--config is deprecated; use --linker-config" in result.output
    assert "--config" not in invoke("link", "--help").output.replace("--linker-config", "")
    assert invoke("link", tmp_path / "nowhere").exit_code == EXIT_INPUT
    bad = tmp_path / "linker.json"
    bad.write_text("{not json")
    result = invoke("link", out, "--linker-config", bad)
    assert result.exit_code == EXIT_INPUT and "Traceback" not in result.output
    assert invoke("stats", tmp_path / "nowhere").exit_code == EXIT_INPUT  # the same code as link


def test_installed_entry_point_prints_no_traceback(tmp_path):
    """Through a real process: an unusable input is a message and exit 2, nothing more."""
    src = tmp_path / "notes.xls"
    src.write_bytes(b"\xd0\xcf\x11\xe0 old excel")
    proc = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(src), "--out",
                           str(tmp_path / "run"), "--no-progress"], capture_output=True, text=True,
                          cwd=ROOT)
    assert proc.returncode == EXIT_INPUT
    assert proc.stderr.strip() == (f"error: {src}: the old Excel .xls format is not read; save it "
                                   "as .xlsx or .csv")
    assert "Traceback" not in proc.stdout + proc.stderr


def test_screen_reads_a_latin1_semicolon_export(tmp_path):
    src = tmp_path / "export.csv"
    src.write_bytes(("patient_id;note_id;note_date;note_type;text\n"
                     "L1;L1-1;13/04/2021;Dermatologie;Nécrose noire de la cuisse, calciphylaxis "
                     "suspected\n"
                     "L2;L2-1;14/04/2021;Néphrologie;Hémodialyse sans incident\n").encode("latin-1"))
    kept = tmp_path / "kept.csv"
    result = invoke("screen", src, "--encoding", "latin-1", "--out", kept)
    assert result.exit_code == 0, result.output
    assert "notes in 2, patients in 2" in result.output
    frame = pd.read_csv(kept, dtype=str)
    assert list(frame.note_id) == ["L1-1"]
    assert frame.text.iloc[0].startswith("Nécrose noire")


@pytest.fixture
def finished_run(notes, tmp_path, loaded) -> Path:
    run = tmp_path / "run"
    result = invoke("run", notes, "--out", run, "--no-progress")
    assert result.exit_code == 0, result.output
    return run


@pytest.mark.parametrize("args", [
    ["stats", "{run}", "--out", "/proc/x"],
    ["stats", "{run}", "--out", "{run}/patients.csv"],
    ["review", "{run}", "--out", "/proc/x/report.html"],
    ["review", "{run}", "--out", "{run}"],
])
def test_stats_and_review_refuse_an_unwritable_out_with_exit_4(args, finished_run):
    result = invoke(*[a.format(run=finished_run) for a in args])
    assert result.exit_code == EXIT_OUTPUT, result.output
    assert result.output.startswith("error: ") and "Traceback" not in result.output


def test_review_writes_into_the_run_folder_by_default(finished_run, tmp_path, monkeypatch):
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    (finished_run / "report.html").unlink()
    result = invoke("review", finished_run)
    assert result.exit_code == 0, result.output
    assert (finished_run / "report.html").is_file()
    assert list(elsewhere.iterdir()) == []   # nothing written into the current folder


@pytest.mark.parametrize("args", [
    ["diff", "{run}", "{run}", "--html", "/proc/x/diff.html"],
    ["diff", "{run}", "{run}", "--out", "{run}"],
    ["annotations", "export-labelstudio", "{run}", "--out", "/proc/x/tasks.json"],
])
def test_annotator_commands_refuse_an_unwritable_out_with_exit_4(args, finished_run):
    result = invoke(*[a.format(run=finished_run) for a in args])
    assert result.exit_code == EXIT_OUTPUT, result.output
    assert result.output.startswith("error: ") and "Traceback" not in result.output


def test_the_installed_script_turns_an_unhandled_error_into_its_exit_code(tmp_path):
    """Through a real process and the script's own entry point (cli:main): an error that a
    command leaves unhandled still ends as a one-line message with a documented exit code."""
    script = ("import sys, cli\n"
              "@cli.app.command('boom')\n"
              "def boom():\n"
              "    raise PermissionError(13, 'Permission denied', '/srv/out/x.csv')\n"
              "sys.argv = ['koebner', 'boom']\n"
              "cli.main()\n")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == EXIT_OUTPUT, proc.stderr
    assert proc.stderr.strip() == "error: cannot write the output (Permission denied: /srv/out/x.csv)"
