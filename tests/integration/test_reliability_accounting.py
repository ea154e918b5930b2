"""Nothing lost: every input patient has a row in patients.csv with how much of them was read;
long notes are processed in windows; dates, encodings, delimiters and Excel are read as meant,
and every reinterpretation is written down (issue 15)."""
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.ingest import ReadOptions, read_notes
from pipeline.ingest.problems import IngestError
from pipeline.runner import extract_run, segment_bounds
from pipeline.workflow import run_pipeline

HEADER = "patient_id,note_id,note_date,note_type,text\n"


def _csv(path: Path, rows: list[tuple]) -> Path:
    frame = pd.DataFrame(rows, columns=["patient_id", "note_id", "note_date", "note_type", "text"])
    frame.to_csv(path, index=False)
    return path


def _patients(out: Path) -> pd.DataFrame:
    return pd.read_csv(out / "patients.csv", dtype=str, keep_default_na=False).set_index("patient_id")


# ------------------------------------------------------------------ every patient accounted for

def test_patient_whose_notes_are_all_quarantined_keeps_a_row(tmp_path, nlp):
    src = _csv(tmp_path / "notes.csv", [
        ("P1", "P1-1", "2021-03-02", "Derm", "Retiform purpura with black eschar on the L thigh at "
         "her insulin injection sites. Biopsy consistent with calciphylaxis."),
        ("P2", "P2-1", "2021-04-10", "Nephrology", "ESRD on HD MWF via R arm AVF. No skin lesions."),
        ("P2", "P2-2", "sometime in spring", "Nephrology", "Tolerating dialysis well."),
        ("P3", "P3-1", "2021-05-01", "Wound", "   "),
        ("P3", "P3-2", "31/02/2021", "Wound", "Painful ulcer on the R calf, dressing changed."),
    ])
    out = tmp_path / "run"
    result = run_pipeline(src, out, screen=False, progress=False, nlp=nlp)
    patients = _patients(out)
    assert list(patients.index) == ["P1", "P2", "P3"]
    assert patients.loc["P1", "processed"] == "all"
    assert (patients.loc["P2", "processed"], patients.loc["P2", "n_notes"],
            patients.loc["P2", "n_notes_quarantined"]) == ("some", "1", "1")
    assert (patients.loc["P3", "processed"], patients.loc["P3", "n_notes"],
            patients.loc["P3", "n_notes_quarantined"]) == ("none", "0", "2")
    assert patients.loc["P3", "koebner"] == "no" and patients.loc["P3", "evidence"] == ""
    assert result.patients == 3
    run = json.loads((out / "run.json").read_text())
    assert run["patients"] == {"patients_in": 3, "patients_processed_all": 1,
                               "patients_processed_some": 1, "patients_processed_none": 1,
                               "quarantined_rows_without_patient_id": 0}
    summary = json.loads((out / "stats" / "summary.json").read_text())
    assert ("1 of 3 patient(s) could not be assessed: every note quarantined "
            "(processed = none in patients.csv)") in summary["notes"]


# ------------------------------------------------------------------ long notes in windows

NOTE_PARAGRAPHS = [
    "Wound care consult. Pt is a 64 yo F with ESRD on peritoneal dialysis.",
    "She injects insulin glargine into the abdomen and the L thigh every evening.",
    "Exam: two exquisitely painful stellate ulcers with black eschar on the L thigh.",
    "The ulcers began about three weeks ago at her injection sites.",
    "A/P: calciphylaxis, biopsy proven. Stop warfarin. Start sodium thiosulfate with HD.",
]


def test_long_note_is_windowed_at_line_breaks_with_offsets_into_the_whole(tmp_path, nlp):
    text = "\n".join(NOTE_PARAGRAPHS)
    bounds = segment_bounds(text, 160)
    assert len(bounds) > 2
    # each cut falls just after a line break: no sentence is split
    assert all(text[end - 1] == "\n" for _, end in bounds[:-1])
    src = _csv(tmp_path / "notes.csv", [("W1", "W1-1", "2021-06-01", "Wound", text)])
    out = tmp_path / "run"
    summary = extract_run(src, out, progress=False, nlp=nlp, max_note_chars=160)
    assert summary.notes_processed == 1 and summary.quarantined == 0
    assert [w["warning"] for w in summary.warnings] == [
        f"note text has {len(text):,} characters, over --max-note-chars 160: processed in "
        "windows cut at line or sentence breaks (context does not cross a cut)"]
    mentions = pq.read_table(out / "mentions.parquet").to_pandas()
    for m in mentions.itertuples():
        assert text[m.start:m.end] == m.text
    assert mentions.mention_id.is_unique
    last = text.index("A/P:")
    assert ("CALCIPHYLAXIS", "calciphylaxis") in {
        (m.label, m.text) for m in mentions.itertuples() if m.start > last}
    assert "insulin" in " ".join(mentions[mentions.label == "TRAUMA"].text)


# ------------------------------------------------------------------ dates

def _dates(path: Path, options: ReadOptions | None = None):
    notes, rejected = read_notes(path, options=options)
    return {n.note_id: n.note_date for n in notes}, rejected


def test_slash_dates_are_read_one_way_per_file(tmp_path):
    # 13/04 can only be day-first, so the whole file is day-first: 03/04 is April 3, not March 4
    src = _csv(tmp_path / "uk.csv", [
        ("A", "A1", "03/04/2021", "GP", "Seen for leg ulcer review."),
        ("A", "A2", "13/04/2021", "GP", "Ulcer smaller."),
        ("A", "A3", "04/05/2021", "GP", "Healed."),
    ])
    dates, rejected = _dates(src)
    assert rejected == []
    assert dates == {"A1": date(2021, 4, 3), "A2": date(2021, 4, 13), "A3": date(2021, 5, 4)}
    src = _csv(tmp_path / "us.csv", [
        ("B", "B1", "03/04/2021", "Derm", "Painful nodule L thigh."),
        ("B", "B2", "04/25/2021", "Derm", "Eschar formed."),
    ])
    dates, _ = _dates(src)
    assert dates == {"B1": date(2021, 3, 4), "B2": date(2021, 4, 25)}


def test_mixed_and_ambiguous_dates_are_said(tmp_path, nlp):
    src = _csv(tmp_path / "mixed.csv", [
        ("C", "C1", "13/04/2021", "Derm", "Stellate eschar R thigh."),
        ("C", "C2", "14/04/2021", "Derm", "Biopsy: calciphylaxis."),
        ("C", "C3", "04/25/2021", "Derm", "Started sodium thiosulfate."),
    ])
    out = tmp_path / "run"
    summary = extract_run(src, out, progress=False, nlp=nlp)
    notes = pq.read_table(out / "notes.parquet").to_pandas()
    assert dict(zip(notes.note_id, notes.note_date)) == {
        "C1": date(2021, 4, 13), "C2": date(2021, 4, 14), "C3": date(2021, 4, 25)}
    warnings = pd.read_csv(out / "row_warnings.csv", dtype=str)
    assert list(zip(warnings.row, warnings.warning)) == [
        ("3", "note_date read month-first as 2021-04-25: it cannot be a date day-first, the way "
              "the file's other slash dates are read")]
    assert len(summary.notices) == 1
    assert "written both ways (2 can only be day-first, 1 only month-first)" in summary.notices[0]
    assert json.loads((out / "run.json").read_text())["notices"] == summary.notices

    ambiguous = _csv(tmp_path / "ambiguous.csv", [
        ("D", "D1", "03/04/2021", "Derm", "Eschar L calf."),
        ("D", "D2", "05/06/2021", "Derm", "Improving."),
    ])
    summary = extract_run(ambiguous, tmp_path / "run2", progress=False, nlp=nlp)
    assert "could be day-first or month-first" in summary.notices[0]
    assert "--dayfirst" in summary.notices[0]
    dates, _ = _dates(ambiguous, ReadOptions(dayfirst=True))
    assert dates == {"D1": date(2021, 4, 3), "D2": date(2021, 6, 5)}
    dates, _ = _dates(ambiguous, ReadOptions(dayfirst=False))
    assert dates == {"D1": date(2021, 3, 4), "D2": date(2021, 5, 6)}


def test_date_format_is_strict(tmp_path):
    src = _csv(tmp_path / "dotted.csv", [
        ("E", "E1", "03.04.2021", "Derm", "Eschar L thigh."),
        ("E", "E2", "2021-04-05", "Derm", "Improving."),
    ])
    notes, rejected = read_notes(src, options=ReadOptions(date_format="%d.%m.%Y"))
    assert [(n.note_id, n.note_date) for n in notes] == [("E1", date(2021, 4, 3))]
    assert [(r.row, r.reason) for r in rejected] == [
        (2, "unparseable note_date (not a date written as --date-format %d.%m.%Y between 1900 "
            "and 2100)")]
    with pytest.raises(IngestError, match="not both"):
        ReadOptions(date_format="%d/%m/%Y", dayfirst=True)


# ------------------------------------------------------------------ encodings, delimiters, Excel

def test_latin1_file_with_and_without_encoding(tmp_path, nlp):
    src = tmp_path / "latin1.csv"
    src.write_bytes((HEADER + "F,F1,2021-02-01,Derm,Nécrose cutanée douloureuse de la cuisse "
                     "gauche; calciphylaxie probable.\n").encode("latin-1"))
    summary = extract_run(src, tmp_path / "run", progress=False, nlp=nlp)
    assert summary.warnings[0]["warning"] == (
        "2 undecodable character(s) (invalid UTF-8 or lone surrogate) replaced with U+FFFD; if "
        "the file is not UTF-8, give its encoding (e.g. --encoding latin-1)")
    notes, _ = read_notes(src, options=ReadOptions(encoding="latin-1"))
    assert notes[0].text.startswith("Nécrose cutanée douloureuse")
    summary = extract_run(src, tmp_path / "run2", progress=False, nlp=nlp,
                          options=ReadOptions(encoding="latin-1"))
    assert summary.warnings == []
    with pytest.raises(IngestError, match="unknown --encoding 'latin-9000'"):
        ReadOptions(encoding="latin-9000")


@pytest.mark.parametrize("sep", [";", "\t", "|"])
def test_delimiter_is_sniffed_from_the_header(tmp_path, sep):
    src = tmp_path / "export.csv"
    src.write_text(sep.join(["patient_id", "note_id", "note_date", "note_type", "text"]) + "\n"
                   + sep.join(["G", "G1", "2021-02-01", "Derm",
                               '"Eschar L thigh, painful; started STS"']) + "\n")
    notes, rejected = read_notes(src)
    assert rejected == []
    assert [(n.note_id, n.text) for n in notes] == [("G1", "Eschar L thigh, painful; started STS")]


def test_explicit_sep_wins_over_sniffing(tmp_path):
    src = tmp_path / "export.csv"
    # a header with commas inside one column name would fool the sniffer; --sep decides
    src.write_text("patient_id;note_id;note_date;note_type;text\nH;H1;2021-02-01;Derm;Ulcer, R calf\n")
    notes, _ = read_notes(src, options=ReadOptions(sep="semicolon"))
    assert notes[0].text == "Ulcer, R calf"


def test_excel_workbook(tmp_path, nlp):
    src = tmp_path / "notes.xlsx"
    pd.DataFrame({
        "patient_id": [1001, 1001, 1002],
        "note_id": ["X1", "X2", "X3"],
        "note_date": [pd.Timestamp("2021-07-01"), pd.Timestamp("2021-07-15"), None],
        "note_type": ["Derm", "Derm", "Derm"],
        "text": ["Painful violaceous plaques on both thighs where she injects insulin.",
                 "Punch biopsy: calciphylaxis.", "Follow-up."],
    }).to_excel(src, index=False)
    summary = extract_run(src, tmp_path / "run", progress=False, nlp=nlp)
    notes = pq.read_table(tmp_path / "run" / "notes.parquet").to_pandas()
    assert list(zip(notes.patient_id, notes.note_id, notes.note_date)) == [
        ("1001", "X1", date(2021, 7, 1)), ("1001", "X2", date(2021, 7, 15))]
    assert [(s["row"], s["reason"]) for s in summary.skipped] == [(3, "empty note_date")]
    assert summary.patients["patients_processed_none"] == 1
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(IngestError, match="not a readable Excel workbook"):
        read_notes(broken)
