"""Hostile input (tests/data/hostile and generated files): every row is processed correctly or
quarantined with its row number and reason, and run.json counts add up to the input exactly."""
import json
import sqlite3
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.ingest import read_notes
from pipeline.link import link_run
from pipeline.runner import EXIT_INPUT, extract_run

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"

# file -> (rows read, processed note_ids, {quarantined row: reason fragment}, {warned row: fragment})
EXPECTED = {
    "bad_bytes.csv": (4, ["B1", "B2", "B3", "B4"], {},
                      {1: "2 undecodable", 2: "3 undecodable", 4: "2 undecodable"}),
    "control_chars.csv": (3, ["C1", "C2", "C3"], {}, {}),
    "line_endings.csv": (3, ["E1", "E2", "E3"], {}, {}),
    "cr_only.csv": (2, ["R1", "R2"], {}, {}),
    "empty_notes.csv": (5, ["W5"], {1: "empty text", 2: "empty text", 3: "empty text",
                                    4: "empty text"}, {}),
    "quotes_newlines.csv": (7, ["Q1", "Q2", "Q6"], {
        3: "malformed CSV at line 7", 4: "line 8: 6 field(s) where the header has 5",
        5: "line 9: 3 field(s)", 7: "malformed CSV at line 12"}, {}),
    "extra_columns.csv": (2, ["X1", "X2"], {}, {}),
    "duplicates.csv": (4, ["D1", "D2"], {2: "duplicate note_id 'D1': same text as row 1",
                                         3: "duplicate note_id 'D1': different text from row 1"}, {}),
    "dates.csv": (9, ["T1", "T3", "T8", "T9"], {
        2: "unparseable note_date", 4: "unparseable note_date", 5: "unparseable note_date",
        6: "unparseable note_date", 7: "empty note_date"}, {3: "2099-01-01 is in the future"}),
    "numeric_ids.jsonl": (9, ["1", "0002", "3", "7", "8"], {
        4: "not valid JSON at line 4", 5: "line 5 is JSON but not an object",
        6: "missing field(s) text", 9: "text is not a string (int)"},
        {7: "1 undecodable"}),
}


# file -> patients whose notes were all / some / none read, quarantined rows with no usable id
PATIENTS = {
    "bad_bytes.csv": (2, 0, 0, 0), "control_chars.csv": (2, 0, 0, 0), "line_endings.csv": (2, 0, 0, 0),
    "cr_only.csv": (2, 0, 0, 0), "extra_columns.csv": (2, 0, 0, 0),
    "empty_notes.csv": (1, 0, 1, 0),   # W1's four notes are all empty: W1 still has a row
    "quotes_newlines.csv": (2, 0, 0, 4),  # malformed records: their ids cannot be trusted
    "duplicates.csv": (1, 1, 0, 0), "dates.csv": (0, 2, 0, 0),
    "numeric_ids.jsonl": (1, 2, 0, 2),
}


def _check_run(out: Path, source: Path, rows: int, processed: list[str],
               quarantined: dict[int, str], warned: dict[int, str]) -> None:
    run = json.loads((out / "run.json").read_text())
    counts = run["counts"]
    assert counts["rows_read"] == rows
    assert (counts["notes_processed"] + counts["notes_skipped"] + counts["notes_screened_out"]
            + counts["notes_failed"]) == rows
    assert counts["notes_quarantined"] == len(quarantined)
    notes = pq.read_table(out / "notes.parquet").to_pandas()
    assert list(notes.note_id) == processed
    quarantine = pd.read_csv(out / "quarantine.csv", dtype=str, keep_default_na=False)
    assert list(quarantine.columns) == ["row", "note_id", "patient_id", "stage", "reason"]
    assert [int(r) for r in quarantine.row] == sorted(quarantined)
    for row, reason in zip(quarantine.row, quarantine.reason):
        assert quarantined[int(row)] in reason
    warnings = pd.read_csv(out / "row_warnings.csv", dtype=str, keep_default_na=False)
    assert {int(r): w for r, w in zip(warnings.row, warnings.warning)}.keys() == warned.keys()
    for row, warning in zip(warnings.row, warnings.warning):
        assert warned[int(row)] in warning
    # whatever the bytes were, offsets index the stored note text exactly
    texts = dict(zip(notes.note_id, notes.text))
    mentions = pq.read_table(out / "mentions.parquet").to_pandas()
    for m in mentions.itertuples():
        assert texts[m.note_id][m.start:m.end] == m.text
    # and no row leaks text into the quarantine file (every note carries a MARKERQX token)
    assert "MARKERQX" not in (out / "quarantine.csv").read_text()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file_is_processed_or_quarantined(name, tmp_path, nlp):
    rows, processed, quarantined, warned = EXPECTED[name]
    out = tmp_path / "run"
    extract_run(HOSTILE / name, out, progress=False, nlp=nlp)
    _check_run(out, HOSTILE / name, rows, processed, quarantined, warned)
    every, some, none, without_id = PATIENTS[name]
    assert json.loads((out / "run.json").read_text())["patients"] == {
        "patients_in": every + some + none, "patients_processed_all": every,
        "patients_processed_some": some, "patients_processed_none": none,
        "quarantined_rows_without_patient_id": without_id}
    link_run(out)
    patients = pd.read_csv(out / "patients.csv", dtype=str, keep_default_na=False)
    assert sorted(patients.processed) == sorted(["all"] * every + ["some"] * some + ["none"] * none)


def test_text_survives_as_given_or_recorded(nlp, tmp_path):
    """Kept byte for byte where it was valid; undecodable bytes become U+FFFD, one per byte."""
    notes = {n.note_id: n.text for n in read_notes(HOSTILE / "control_chars.csv")[0]}
    assert "\x00 after NUL\x07 bell \x1b[31m escape \x0c form feed \x0b vtab." in notes["C1"]
    assert notes["C2"] == "\x00\x00\x00"
    notes = {n.note_id: n.text for n in read_notes(HOSTILE / "line_endings.csv")[0]}
    assert notes["E2"].startswith("Lone CR\rinside the note.\r")
    assert notes["E3"].startswith("Mixed\r\nline\nendings\rhere.")
    notes = {n.note_id: n.text for n in read_notes(HOSTILE / "bad_bytes.csv")[0]}
    assert "Pt says \ufffd\ufffd odd bytes." in notes["B1"]
    assert notes["B2"].startswith("Latin-1 caf\ufffd and cp1252 \ufffdquoted\ufffd:")
    assert notes["B3"].startswith("Proper UTF-8: café, naïve, 5 µg.")
    notes = {n.note_id: n.text for n in read_notes(HOSTILE / "quotes_newlines.csv")[0]}
    assert notes["Q1"] == ('Line one.\nLine two, with a comma.\n\nA/P: calciphylaxis, "clinical" '
                           "dx. MARKERQX13")
    assert notes["Q2"].startswith('She said "it burns" at the L thigh')


@pytest.mark.parametrize("name, message", [
    ("empty.csv", "the file is empty"),
    ("missing_column.csv", "missing required column(s) note_date"),
    ("header_only.csv", "no usable note: 0 row(s) read"),
])
def test_unusable_input_exits_2_naming_the_problem(name, message, tmp_path):
    result = CliRunner().invoke(app, ["extract", str(HOSTILE / name), "--out",
                                      str(tmp_path / "run"), "--no-progress"])
    assert result.exit_code == EXIT_INPUT == 2
    assert message in result.output
    assert "MARKERQX" not in result.output


def test_truncated_parquet_is_a_clear_error(tmp_path):
    frame = pd.read_csv(HOSTILE / "extra_columns.csv", dtype=str)
    whole = tmp_path / "notes.parquet"
    frame.to_parquet(whole)
    data = whole.read_bytes()
    cut = tmp_path / "cut.parquet"
    cut.write_bytes(data[: len(data) * 2 // 3])  # a copy that stopped two thirds in
    result = CliRunner().invoke(app, ["run", str(cut), "--out", str(tmp_path / "run"),
                                      "--no-progress"])
    assert result.exit_code == 2
    assert "cut.parquet: not a readable Parquet file" in result.output
    assert "truncated" in result.output


def test_every_row_unusable_exits_2_but_lists_them(tmp_path):
    src = tmp_path / "notes.csv"
    src.write_text("patient_id,note_id,note_date,text\nP1,N1,someday,Eschar L thigh.\nP1,,2021-01-01,x\n")
    result = CliRunner().invoke(app, ["extract", str(src), "--out", str(tmp_path / "run"),
                                      "--no-progress"])
    assert result.exit_code == 2
    assert "no usable note: 2 row(s) read, 2 quarantined" in result.output
    quarantine = pd.read_csv(tmp_path / "run" / "quarantine.csv", dtype=str, keep_default_na=False)
    assert list(zip(quarantine.row, quarantine.reason)) == [
        ("1", "unparseable note_date (not a date between 1900 and 2100)"),
        ("2", "empty note_id")]


def _long_note(n_chars: int, tail: str) -> str:
    """A giant pasted document: flowsheet lines, a clinical paragraph near the end."""
    line = "Flowsheet 08:00 BP 132/78 HR 84 SpO2 97% RA. Pain 2/10. Turned q2h, skin intact.\n"
    body = line * (n_chars // len(line) + 1)
    return body[: n_chars - len(tail)] + tail


def test_five_megabyte_note_is_processed_in_windows_not_lost(tmp_path, nlp):
    tail = "\n\nA/P: calciphylaxis of the L thigh."
    giant = _long_note(5_000_000, tail)
    src = tmp_path / "notes.csv"
    pd.DataFrame([
        {"patient_id": "G1", "note_id": "G1-1", "note_date": "2022-01-05", "text": giant},
        {"patient_id": "G1", "note_id": "G1-2", "note_date": "2022-01-06",
         "text": "Painful eschar on the L thigh where she injects insulin."},
    ]).to_csv(src, index=False)
    out = tmp_path / "run"
    summary = extract_run(src, out, progress=False, nlp=nlp)
    assert summary.notes_processed == 2 and summary.quarantined == 0
    assert summary.warnings == [{"row": 1, "note_id": "G1-1", "patient_id": "G1", "warning":
                                 "note text has 5,000,000 characters, over --max-note-chars "
                                 "1,000,000: processed in windows cut at line or sentence breaks "
                                 "(context does not cross a cut)"}]
    mentions = pq.read_table(out / "mentions.parquet").to_pandas()
    last = mentions[mentions.note_id == "G1-1"]
    calci = last[last.label == "CALCIPHYLAXIS"]
    assert list(calci.start) == [5_000_000 - len(tail) + len("\n\nA/P: ")]
    assert giant[int(calci.start.iloc[0]):int(calci.end.iloc[0])] == "calciphylaxis"
    assert summary.patients == {"patients_in": 1, "patients_processed_all": 1,
                                "patients_processed_some": 0, "patients_processed_none": 0,
                                "quarantined_rows_without_patient_id": 0}


def test_note_over_spacy_max_length_is_processed_in_pieces(tmp_path, nlp):
    tail = ("\n\nHPI: 70M on PD injects insulin into the R thigh. Exquisitely painful eschar on "
            "the R thigh x 3 wks.\nA/P: calciphylaxis.")
    giant = _long_note(1_200_000, tail)
    src = tmp_path / "notes.jsonl"
    src.write_text(json.dumps({"patient_id": "G2", "note_id": "G2-1", "note_date": "2022-02-01",
                               "text": giant}) + "\n")
    out = tmp_path / "run"
    summary = extract_run(src, out, progress=False, nlp=nlp, max_note_chars=2_000_000)
    assert summary.notes_processed == 1 and summary.quarantined == 0
    mentions = pq.read_table(out / "mentions.parquet").to_pandas()
    for m in mentions.itertuples():
        assert giant[m.start:m.end] == m.text
    late = mentions[mentions.start > 1_100_000]
    assert {"TRAUMA", "LESION", "SITE", "CALCIPHYLAXIS"} <= set(late.label)
    assert mentions.mention_id.is_unique
    relations = pq.read_table(out / "relations.parquet").to_pandas()
    by_id = dict(zip(mentions.mention_id, mentions.text))
    assert ("LOCATION", "Exquisitely painful eschar", "R thigh") in {
        (r.type, by_id[r.arg1], by_id[r.arg2]) for r in relations.itertuples()}


def test_sqlite_and_txt_folder_with_invalid_utf8(tmp_path, nlp):
    db = tmp_path / "notes.sqlite"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE note (patient_id TEXT, note_id TEXT, note_date TEXT, text TEXT)")
        con.execute("INSERT INTO note VALUES ('S1', 'S1-1', '2021-01-02', "
                    "CAST(X'4573636861722063616C6369706879C66178697320' AS TEXT))")
        con.execute("INSERT INTO note VALUES ('S1', 'S1-2', '2021-01-03', 'Ulcer R calf.')")
    notes, rejected = read_notes(db, query="SELECT * FROM note ORDER BY note_id")
    assert rejected == []
    assert notes[0].text == "Eschar calciphy\ufffdaxis "
    folder = tmp_path / "txt"
    folder.mkdir()
    (folder / "F1.txt").write_bytes(b"\xef\xbb\xbfEschar on the L thigh \xe9.\r\n")
    (folder / "notes.csv").write_text("note_id,patient_id,note_date\nF1,P1,2021-01-02\n"
                                      "F2,P1,2021-01-03\n")
    out = tmp_path / "run"
    summary = extract_run(folder, out, progress=False, nlp=nlp)
    assert summary.notes_processed == 1
    assert summary.skipped[0]["note_id"] == "F2"
    assert "listed in the sidecar but no .txt file" in summary.skipped[0]["reason"]
    assert summary.warnings[0]["note_id"] == "F1"
    assert pq.read_table(out / "notes.parquet")["text"][0].as_py() == "Eschar on the L thigh \ufffd.\r\n"
