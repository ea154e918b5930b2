"""Patient data: no note text in logs, messages or row files; none at all in a --redact run;
no network connection from any stage."""
import json
import logging
import socket
import warnings
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from cli import app

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
MARKER = "MARKERQX"
ROW_FILES = ("run.json", "quarantine.csv", "row_warnings.csv")


def _marked_cohort(path: Path) -> Path:
    """Realistic notes, each with a marker token, plus rows that end up quarantined."""
    base = [
        ("P1", "2021-02-03", "HPI: 58F on HD, injects insulin into her abdomen. Exquisitely painful "
                             "retiform purpura on the L lower abdomen x 2 wks. A/P: calciphylaxis."),
        ("P1", "2021-02-20", "Eschar over the L lower abdomen unchanged. Continue sodium "
                             "thiosulfate with HD. BMI 41."),
        ("P2", "2021-03-01", "Venous stasis ulcer R medial ankle. No calciphylaxis. Compression."),
        ("P3", "2021-03-05", "Feels well. No skin lesions. Diabetes on insulin."),
    ]
    rows = [{"patient_id": pid, "note_id": f"{pid}-{i}", "note_date": when,
             "text": f"{text} {MARKER}{i:03d}"} for i, (pid, when, text) in enumerate(base)]
    rows += [
        {**rows[0], "text": f"duplicate id, other text {MARKER}900"},
        {**rows[1], "note_id": "BAD", "note_date": f"see text {MARKER}901"},
        {**rows[2], "note_id": "LONG", "text": ("Flowsheet line. " * 70_000) + f"{MARKER}902"},
    ]
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def _strings_of(path: Path):
    """Every piece of text an output file holds."""
    if path.suffix == ".parquet":
        table = pq.read_table(path)
        for column in table.columns:
            for value in column.to_pylist():
                yield str(value)
    elif path.suffix in (".png", ".svg", ".pdf"):
        yield path.read_bytes().decode("latin-1")
    else:
        yield path.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def all_logs():
    """Every log record of every logger at DEBUG, and every Python warning."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record):
            records.append(record)

    root = logging.getLogger()
    handler, level = Keep(logging.DEBUG), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield records, caught
    root.removeHandler(handler)
    root.setLevel(level)


def _logged_text(records, caught) -> str:
    parts = []
    for record in records:
        parts.append(record.getMessage())
        if record.exc_info:
            parts.append(logging.Formatter().formatException(record.exc_info))
    parts += [str(w.message) for w in caught]
    return "\n".join(parts)


@pytest.mark.parametrize("source", ["cohort", "dates.csv", "quotes_newlines.csv",
                                    "numeric_ids.jsonl", "bad_bytes.csv", "no_header.csv",
                                    "missing_column.csv"])
def test_no_note_text_in_logs_messages_or_row_files(source, tmp_path, all_logs, nlp):
    src = _marked_cohort(tmp_path / "notes.csv") if source == "cohort" else HOSTILE / source
    out = tmp_path / "run"
    result = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--no-progress"])
    assert result.exit_code in (0, 2), result.output
    assert MARKER not in result.output
    assert MARKER not in _logged_text(*all_logs)
    if result.exit_code == 0:
        assert all_logs[0], "debug logging captured nothing: the check would be empty"
    for name in ROW_FILES:
        if (out / name).exists():
            assert MARKER not in (out / name).read_text()


def test_redact_writes_no_text_anywhere(tmp_path, nlp):
    src = _marked_cohort(tmp_path / "notes.csv")
    plain, redacted = tmp_path / "plain", tmp_path / "redacted"
    for out, extra in ((plain, []), (redacted, ["--redact"])):
        result = CliRunner().invoke(app, ["run", str(src), "--out", str(out), "--no-progress",
                                          *extra])
        assert result.exit_code == 0, result.output
    # the phrases the unredacted run shows: mention texts of more than one word
    mentions = pq.read_table(plain / "mentions.parquet").to_pandas()
    phrases = {t for t in mentions.text if " " in t.strip() and len(t) > 8}
    assert phrases, "no multi-word mention to look for"
    leaked_plain = [p for p in sorted(plain.rglob("*")) if p.is_file()
                    and any(MARKER in s for s in _strings_of(p))]
    assert {"notes.parquet", "report.html"} <= {p.name for p in leaked_plain}
    files = [p for p in sorted(redacted.rglob("*")) if p.is_file()]
    assert {"report.html", "patients.csv", "quarantine.csv", "run.json"} <= {p.name for p in files}
    for path in files:
        for text in _strings_of(path):
            assert MARKER not in text, path.name
            for phrase in phrases:
                assert phrase not in text, (path.name, phrase)


def test_no_network_connection_during_a_full_run(tmp_path, monkeypatch, nlp):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[1:] if len(args) > 1 else args)
        raise OSError("network access is not allowed in the pipeline")

    for name in ("connect", "connect_ex", "sendto"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    src = _marked_cohort(tmp_path / "notes.csv")
    demographics = tmp_path / "demographics.csv"
    demographics.write_text("patient_id,age,sex\nP1,58,F\nP2,71,M\nP3,64,F\n")
    result = CliRunner().invoke(app, ["run", str(src), "--out", str(tmp_path / "run"),
                                      "--demographics", str(demographics), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert attempts == []
    assert json.loads((tmp_path / "run" / "run.json").read_text())["counts"]["notes_processed"] > 0
