"""Reading notes from every supported source, and the errors bad input gets."""
import json
import sqlite3
from datetime import date

import duckdb
import pandas as pd
import pytest

from pipeline.ingest import ColumnMap, IngestError, read_notes

ROWS = [
    {"patient_id": "P1", "note_id": "N1", "note_date": "2021-03-04", "note_type": "Derm Consult",
     "text": "Painful eschar on the L thigh, concern for calciphylaxis."},
    {"patient_id": "P1", "note_id": "N2", "note_date": "2021-03-20 14:05", "note_type": "HD note",
     "text": "Eschar unchanged.\nNo new lesions."},
    {"patient_id": "P2", "note_id": "N3", "note_date": "03/22/2021", "note_type": "",
     "text": "Venous stasis ulcer R medial ankle, \"weeping\", compression wraps."},
]


def _check(notes):
    assert [n.note_id for n in notes] == ["N1", "N2", "N3"]
    assert notes[1].note_date == date(2021, 3, 20)
    assert notes[2].note_date == date(2021, 3, 22)
    assert notes[1].text == ROWS[1]["text"]
    assert notes[2].text == ROWS[2]["text"]


def test_csv_tsv_jsonl_parquet(tmp_path):
    frame = pd.DataFrame(ROWS)
    frame.to_csv(tmp_path / "n.csv", index=False)
    frame.to_csv(tmp_path / "n.tsv", index=False, sep="\t")
    (tmp_path / "n.jsonl").write_text("\n".join(json.dumps(r) for r in ROWS) + "\n")
    frame.to_parquet(tmp_path / "n.parquet")
    for name in ("n.csv", "n.tsv", "n.jsonl", "n.parquet"):
        notes, rejected = read_notes(tmp_path / name)
        assert rejected == []
        _check(notes)


def test_duckdb_and_sqlite(tmp_path):
    frame = pd.DataFrame(ROWS)
    con = duckdb.connect(str(tmp_path / "n.duckdb"))
    con.execute("CREATE TABLE note AS SELECT * FROM frame")
    con.close()
    _check(read_notes(tmp_path / "n.duckdb", query="note")[0])
    with sqlite3.connect(tmp_path / "n.sqlite") as con:
        frame.to_sql("note", con, index=False)
    _check(read_notes(tmp_path / "n.sqlite", query="SELECT * FROM note ORDER BY note_id")[0])


def test_txt_folder_with_sidecar(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    for row in ROWS:
        (folder / f"{row['note_id']}.txt").write_text(row["text"])
    pd.DataFrame(ROWS).drop(columns="text").to_csv(folder / "notes.csv", index=False)
    _check(read_notes(folder)[0])


def test_omop_column_preset(tmp_path):
    frame = pd.DataFrame(ROWS).rename(columns={"patient_id": "person_id", "note_type": "note_title",
                                               "text": "note_text"})
    frame.to_csv(tmp_path / "note.csv", index=False)
    _check(read_notes(tmp_path / "note.csv", ColumnMap.parse("omop"))[0])


def test_missing_column_is_a_clear_error(tmp_path):
    pd.DataFrame(ROWS).drop(columns="note_date").to_csv(tmp_path / "n.csv", index=False)
    with pytest.raises(IngestError, match="missing required column.*note_date"):
        read_notes(tmp_path / "n.csv")


def test_bad_rows_are_rejected_with_row_and_reason(tmp_path):
    rows = ROWS + [
        {**ROWS[0], "note_id": "N1", "text": "a different text under a duplicate id"},
        {**ROWS[0], "note_id": "N5", "note_date": "not a date"},
        {**ROWS[0], "note_id": "N6", "text": "   "},
    ]
    pd.DataFrame(rows).to_csv(tmp_path / "n.csv", index=False)
    notes, rejected = read_notes(tmp_path / "n.csv")
    assert [n.note_id for n in notes] == ["N1", "N2", "N3"]
    assert [(r.row, r.note_id) for r in rejected] == [(4, "N1"), (5, "N5"), (6, "N6")]
    assert "duplicate note_id" in rejected[0].reason
    assert "unparseable note_date" in rejected[1].reason
    assert rejected[2].reason == "empty text"


def test_bad_column_mapping_names_the_problem():
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        ColumnMap.parse("text")
