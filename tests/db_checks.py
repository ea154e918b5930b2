"""Shared checks: a results database holds exactly the rows of its run folder's files.

``rows_of(table)`` gives a database table's rows for one run as dicts of Python values (dates as
``datetime.date``); each is compared row by row, value by value, with the file it came from.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

# table -> (file, key columns the rows are sorted by, ordinal column the database adds)
TABLES = {
    "notes": ("notes.parquet", ("note_id",), None),
    "mentions": ("mentions.parquet", ("mention_id",), None),
    "relations": ("relations.parquet", None, "relation_no"),
    "facts": ("facts.parquet", None, "fact_no"),
    "links": ("links.parquet", ("trauma_id", "lesion_id"), None),
    "note_nlp": ("note_nlp.parquet", ("note_nlp_id",), None),
}


def _as_csv_text(value) -> str:
    if value is None:
        return ""
    return str(value)


def assert_results_match_run(run_dir: Path, rows_of, run_id: str, expect_note_nlp: bool) -> None:
    """Every table of the run's results equals its file in ``run_dir``."""
    run_dir = Path(run_dir)
    for table, (file, key, ordinal) in TABLES.items():
        path = run_dir / file
        if table == "note_nlp" and not expect_note_nlp:
            assert not path.exists()
            continue
        actual = rows_of(table)
        if table == "links" and not path.exists():   # `koebner extract`: no linker yet
            assert actual == []
            continue
        expected = pq.read_table(path).to_pylist()
        assert all(row.pop("run_id") == run_id for row in actual), table
        if ordinal:
            actual.sort(key=lambda row: row[ordinal])
            assert [row.pop(ordinal) for row in actual] == list(range(1, len(expected) + 1))
        else:
            expected.sort(key=lambda row: tuple(row[k] for k in key))
            actual.sort(key=lambda row: tuple(row[k] for k in key))
        assert len(actual) == len(expected), table
        for number, (got, want) in enumerate(zip(actual, expected)):
            assert list(got) == list(want), f"{table}: columns differ"
            assert got == want, f"{table}: row {number} differs"
    got = rows_of("patients")
    if not (run_dir / "patients.csv").exists():
        assert got == []
        got = want = []
    else:
        patients = pd.read_csv(run_dir / "patients.csv", dtype=str, keep_default_na=False)
        want = sorted(patients.to_dict("records"), key=lambda row: row["patient_id"])
    assert all(row.pop("run_id") == run_id for row in got)
    got = sorted(({k: _as_csv_text(v) for k, v in row.items()} for row in got),
                 key=lambda row: row["patient_id"])
    assert got == want
    run = json.loads((run_dir / "run.json").read_text())
    (runs,) = rows_of("runs")
    assert runs["run_id"] == run_id and runs["input"] == run["input"]
    for name in ("rows_read", "notes_processed", "notes_skipped", "notes_failed"):
        assert runs[name] == run["counts"][name], name


def duckdb_rows(run_dir: Path, run_id: str):
    """``rows_of`` for the run folder's results.duckdb (opened read-only)."""
    import duckdb

    con = duckdb.connect(str(Path(run_dir) / "results.duckdb"), read_only=True)

    def rows_of(table: str) -> list[dict]:
        literal = "'" + run_id.replace("'", "''") + "'"
        return con.sql(f'SELECT * FROM "{table}" WHERE run_id = {literal}') \
            .to_arrow_table().to_pylist()

    return con, rows_of


def assert_duckdb_matches_run(run_dir: Path, expect_note_nlp: bool = False) -> None:
    """The check every end-to-end run gets: results.duckdb holds exactly the run's files."""
    run_dir = Path(run_dir)
    con, rows_of = duckdb_rows(run_dir, run_dir.resolve().name)
    try:
        assert_results_match_run(run_dir, rows_of, run_dir.resolve().name, expect_note_nlp)
    finally:
        con.close()
