"""Every command fails the same way: a user error exits with its documented code (docs/reliability.md,
pipeline/errors.py) and one line on stderr; anything else is a bug, exit 1, its traceback in the
run folder's koebner.log and never the note text its message may quote (issue 16)."""
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.errors import EXIT_BUG, EXIT_INPUT, EXIT_OUTPUT

ROOT = Path(__file__).resolve().parents[2]
NOTES = ("patient_id,note_id,note_date,note_type,text\n"
         "E1,E1-1,2021-06-01,Dermatology,Violaceous retiform plaque of the R thigh. Biopsy c/w "
         "calciphylaxis.\n")

# (id, arguments with {T} for the test folder, exit code, what the one error line says)
CASES = [
    ("extract", ["extract", "{T}/missing.csv", "--out", "{T}/run-x", "--no-progress"], EXIT_INPUT,
     "input not found: {T}/missing.csv"),
    ("extract-out", ["extract", "{T}/notes.csv", "--out", "/proc/x", "--no-progress"], EXIT_OUTPUT,
     "cannot write to /proc/x"),
    ("run", ["run", "{T}/notes.csv", "--out", "{T}/run-r", "--engine", "spark"], EXIT_INPUT,
     "unknown engine 'spark': choose one of local, dask"),
    ("link", ["link", "{T}/nowhere"], EXIT_INPUT, "run folder not found: {T}/nowhere"),
    ("link-gold", ["link-gold", "{T}/nowhere", "{T}/gold-run"], EXIT_INPUT,
     "{T}/nowhere/notes.csv: not found"),
    ("evaluate", ["evaluate", "{T}/nogold", "{T}/norun"], EXIT_INPUT, "{T}/nogold/notes.csv: not found"),
    ("evaluate-context", ["evaluate-context", "{T}/kit.tsv"], EXIT_INPUT,
     "kit.tsv: header must be id, condition, sentence, negation, temporality, experiencer"),
    ("evaluate-docs", ["evaluate-docs", "--doc", "{T}/missing.md"], EXIT_INPUT,
     "{T}/missing.md does not exist"),
    ("annotations-build", ["annotations", "build", "{T}/nosrc", "--out", "{T}/c1"], EXIT_INPUT,
     "{T}/nosrc: no *.json source files"),
    ("annotations-check", ["annotations", "check", "{T}/empty"], EXIT_INPUT,
     "{T}/empty: 1 problem(s) with the annotation guidelines"),
    ("annotations-export-labelstudio", ["annotations", "export-labelstudio", "{T}/empty", "--out",
                                        "{T}/tasks.json"], EXIT_INPUT,
     "{T}/empty: neither a run folder (notes.parquet) nor a corpus (notes.csv)"),
    ("annotations-import-labelstudio", ["annotations", "import-labelstudio", "{T}/missing.json",
                                        "--out", "{T}/c2"], EXIT_INPUT, "{T}/missing.json: not found"),
    ("annotations-export-brat", ["annotations", "export-brat", "{T}/empty", "--out", "{T}/draft"],
     EXIT_INPUT, "{T}/empty/notes.parquet: not found"),
    ("annotations-import-brat", ["annotations", "import-brat", "{T}/empty", "--notes",
                                 "{T}/missing.csv", "--out", "{T}/c3"], EXIT_INPUT,
     "{T}/missing.csv: cannot be read"),
    ("stats", ["stats", "{T}/nowhere"], EXIT_INPUT, "{T}/nowhere: run folder not found"),
    ("stats-out", ["stats", "{T}/nowhere", "--out", "/proc/x"], EXIT_OUTPUT, "cannot write to /proc/x"),
    ("review", ["review", "{T}/nowhere", "--out", "{T}/report.html"], EXIT_INPUT,
     "{T}/nowhere: run folder not found"),
    ("screen", ["screen", "{T}/missing.csv"], EXIT_INPUT, "input not found: {T}/missing.csv"),
    ("synth", ["synth", "--patients", "5", "--out", "{T}/cohort.txt"], EXIT_INPUT,
     "{T}/cohort.txt: output must end in .csv or .parquet, not '.txt'"),
    ("train", ["train", "relations", "{T}/nogold", "--out", "{T}/model.json"], EXIT_INPUT,
     "{T}/nogold/notes.csv: not found"),
    ("rules-init", ["rules", "init", "{T}/notempty"], EXIT_INPUT,
     "{T}/notempty: folder is not empty (use --force"),
    ("rules-check", ["rules", "check", "{T}/badrules"], EXIT_INPUT, "{T}/badrules: 1 error(s)"),
    ("rules-test", ["rules", "test", "{T}/badrules"], EXIT_INPUT,
     "{T}/badrules: 1 error(s) in the rules folder, first: {T}/badrules/sites.json: error: not "
     "valid JSON"),
    ("explain", ["explain", "{T}/nowhere", "E1-1"], EXIT_INPUT, "{T}/nowhere: not a run folder"),
    ("explain-date", ["explain", "Eschar of the L thigh.", "--note-date", "01/06/2021"], EXIT_INPUT,
     "--note-date '01/06/2021' is not a date (YYYY-MM-DD)"),
    ("diff", ["diff", "{T}/empty", "{T}/nowhere"], EXIT_INPUT, "{T}/empty: no mentions.parquet"),
    ("diff-out", ["diff", "{T}/empty", "{T}/nowhere", "--out", "/proc/x/diff.txt"], EXIT_OUTPUT,
     "cannot write to /proc/x"),
    ("agreement", ["agreement", "{T}/empty", "{T}/nowhere"], EXIT_INPUT, "{T}/empty/notes.csv: not found"),
    ("rank", ["rank", "{T}/empty"], EXIT_INPUT, "{T}/empty: no patients.csv"),
    ("serve", ["serve", "{T}/nowhere"], EXIT_INPUT, "{T}/nowhere: run folder not found"),
    ("serve-no-accounts", ["serve", "{T}/empty"], EXIT_INPUT, "no accounts yet"),
    ("users-add", ["users", "add", "bad name!", "--role", "reviewer", "--run", "{T}/empty",
                   "--password-stdin"], EXIT_INPUT,
     "user name 'bad name!': use letters, digits, '.', '_' or '-'"),
    ("users-list", ["users", "list", "--run", "{T}/nowhere"], EXIT_INPUT,
     "{T}/nowhere: run folder not found"),
    ("compile", ["compile", "--jobs", "0"], EXIT_INPUT, "--jobs must be 1 or more, not 0"),
    ("export", ["export", "{T}/empty"], EXIT_INPUT, "say --adjudicated"),
    ("export-adjudicated", ["export", "{T}/empty", "--adjudicated"], EXIT_INPUT,
     "{T}/empty/patients.csv: file not found (a run folder must hold patients.csv)"),
]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    """Every case run as a real process (`python cli.py ...`), two at a time."""
    folder = tmp_path_factory.mktemp("exit-codes")
    (folder / "empty").mkdir()
    (folder / "notempty").mkdir()
    (folder / "notempty" / "my-notes.txt").write_text("draft rules, not koebner's\n")
    (folder / "badrules").mkdir()
    (folder / "badrules" / "sites.json").write_text('{"regions": {"thigh": [}\n')
    (folder / "kit.tsv").write_text("id\tsentence\n1\tDenies chest pain.\n")
    (folder / "notes.csv").write_text(NOTES)

    def run(case):
        name, args, _, _ = case
        argv = [a.replace("{T}", str(folder)) for a in args]
        done = subprocess.run([sys.executable, str(ROOT / "cli.py"), *argv], capture_output=True,
                              text=True, cwd=ROOT, input="a-password\n", timeout=300)
        return name, done

    with ThreadPoolExecutor(max_workers=2) as pool:
        return folder, dict(pool.map(run, CASES))


@pytest.mark.parametrize(("name", "args", "code", "message"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_input_gives_the_documented_code_and_one_error_line(outcomes, name, args, code,
                                                                  message):
    folder, done = outcomes[0], outcomes[1][name]
    assert done.returncode == code, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ") and message.replace("{T}", str(folder)) in lines[0]
    assert "Traceback" not in done.stdout + done.stderr


def test_every_command_has_a_bad_input_case():
    registered = {c.name for c in app.registered_commands}
    groups = {g.name: g.typer_instance for g in app.registered_groups}
    for group, sub in groups.items():
        registered |= {f"{group}-{c.name}" for c in sub.registered_commands}
    registered -= {"train-relations"} | {"package"}  # train has one command; package: another issue
    covered = {c[0] for c in CASES} | {"train"}
    assert registered <= covered, registered - covered


# --- a bug: exit 1, one line pointing at the log, never the message (it may quote a note) --------
MARKER = "Zelquorin"
QUOTE = f"calciphylaxis of the {MARKER} thigh"  # what a careless exception message could hold


def _raise(*args, **kwargs):
    raise ValueError(QUOTE)  # a ValueError: a bug like any other, not a problem with the input


BUGS = [
    # (command, the library function it calls, whether a run folder is given)
    (["link", "{run}"], "pipeline.commands.link.link_run", True),
    (["stats", "{run}"], "pipeline.stats.compute_stats", True),
    (["review", "{run}"], "pipeline.report.write_review", True),
    (["rank", "{run}"], "pipeline.rank.rank_run", True),
    (["diff", "{run}", "{run}"], "pipeline.diff.diff_runs", False),
    (["agreement", "{run}", "{run}"], "pipeline.corpus.agreement.agreement", False),
    (["annotations", "check", "{run}"], "pipeline.commands.annotations.check_corpus", False),
    (["export", "{run}", "--adjudicated"], "pipeline.serve.export.export_adjudicated", True),
    (["users", "list", "--run", "{run}"], "pipeline.serve.ReviewStore.for_run", False),
]


@pytest.mark.parametrize(("args", "target", "logged"), BUGS, ids=[" ".join(b[0][:2]) for b in BUGS])
def test_a_bug_exits_1_with_one_line_and_its_traceback_in_the_run_log(tmp_path, monkeypatch,
                                                                       args, target, logged):
    run = tmp_path / "run"
    run.mkdir()
    monkeypatch.setattr(target, _raise)
    result = CliRunner().invoke(app, [a.replace("{run}", str(run)) for a in args])
    assert result.exit_code == EXIT_BUG, result.output
    where = f"traceback in {run / 'koebner.log'}" if logged else "traceback above"
    assert result.stderr.strip().splitlines()[-1] == (
        f"error: unexpected ValueError: a bug, not a problem with your input ({where}); "
        "please report it")
    assert MARKER not in result.output
    if logged:
        log = (run / "koebner.log").read_text()
        assert "in _raise" in log and "builtins.ValueError (message withheld" in log
        assert MARKER not in log
    else:
        assert "in _raise" in result.stderr  # the traceback, without its message
