"""`koebner extract` end to end on a small corpus: the output files, column by column."""
import json

import pandas as pd
import pyarrow.parquet as pq
from db_checks import assert_duckdb_matches_run
from typer.testing import CliRunner

from cli import app

NOTES = [
    {"patient_id": "P1", "note_id": "P1-1", "note_date": "2020-05-12", "note_type": "Derm Consult",
     "text": "HPI: 64F on HD injects insulin into her abdomen since 2010. Painful eschar on the "
             "L lower abdomen x 2 wks.\nA/P: calciphylaxis, clinical dx. Avoid ice packs."},
    {"patient_id": "P2", "note_id": "P2-1", "note_date": "2020-06-01", "note_type": "HD note",
     "text": "Feels well. No skin lesions. BMI 27."},
]
EXPECTED = [  # (label, text, negated, hypothetical, region, laterality, trauma_type, timex_value)
    ("TRAUMA", "injects insulin", False, False, None, None, "injection", None),
    ("SITE", "abdomen", False, False, "abdomen", None, None, None),
    ("TIMEX", "since 2010", False, False, None, None, None, "2010"),
    ("LESION", "Painful eschar", False, False, None, None, None, None),
    ("SITE", "L lower abdomen", False, False, "abdomen", "left", None, None),
    ("TIMEX", "2 wks", False, False, None, None, None, "2020-04-28"),
    ("CALCIPHYLAXIS", "calciphylaxis", False, False, None, None, None, None),
    ("TRAUMA", "ice packs", False, True, None, None, "thermal", None),
    ("LESION", "skin lesions", True, False, None, None, None, None),
]
COLUMNS = ["patient_id", "note_id", "note_date", "mention_id", "label", "start", "end", "text",
           "section", "negated", "uncertain", "historical", "hypothetical", "family", "region",
           "laterality", "trauma_type", "agent", "timex_value", "event_date", "rule"]


def _run(tmp_path, *extra):
    tmp_path.mkdir(parents=True, exist_ok=True)
    src = tmp_path / "notes.csv"
    pd.DataFrame(NOTES).to_csv(src, index=False)
    out = tmp_path / "run"
    result = CliRunner().invoke(app, ["extract", str(src), "--out", str(out), "--no-progress", *extra])
    assert result.exit_code == 0, result.output
    assert_duckdb_matches_run(out)   # results.duckdb: exactly the rows of the run's files
    return out


def test_extract_writes_contract_files(tmp_path):
    out = _run(tmp_path)
    mentions = pq.read_table(out / "mentions.parquet").to_pandas()
    assert list(mentions.columns) == COLUMNS
    got = [tuple(None if pd.isna(v) else v for v in row) for row in mentions[
        ["label", "text", "negated", "hypothetical", "region", "laterality", "trauma_type",
         "timex_value"]].itertuples(index=False)]
    assert got == EXPECTED
    texts = {n["note_id"]: n["text"] for n in NOTES}
    for row in mentions.itertuples():
        assert texts[row.note_id][row.start:row.end] == row.text
    assert mentions.loc[mentions.text == "Painful eschar", "event_date"].item() == "2020-04-28"
    assert mentions.loc[mentions.text == "calciphylaxis", "section"].item() == "assessment_plan"
    relations = pq.read_table(out / "relations.parquet").to_pandas()
    assert list(relations.columns) == ["patient_id", "note_id", "type", "arg1", "arg2"]
    by_id = dict(zip(mentions.mention_id, mentions.text))
    pairs = {(r.type, by_id[r.arg1], by_id[r.arg2]) for r in relations.itertuples()}
    assert ("LOCATION", "Painful eschar", "L lower abdomen") in pairs
    assert ("TIME", "Painful eschar", "2 wks") in pairs
    assert ("LOCATION", "injects insulin", "abdomen") in pairs
    facts = pq.read_table(out / "facts.parquet").to_pandas()
    assert ("bmi", "27") in set(zip(facts.fact, facts.value)) or \
        ("bmi", "27.0") in set(zip(facts.fact, facts.value))
    run = json.loads((out / "run.json").read_text())
    assert run["counts"]["rows_read"] == 2
    assert run["counts"]["notes_processed"] == 2
    assert run["counts"]["notes_skipped"] == 0
    assert set(run["config_hashes"]) >= {"targets/lesion.json", "sites.json", "context.json",
                                         "rules"}


def test_worker_count_does_not_change_output(tmp_path):
    one = _run(tmp_path / "a")
    two = _run(tmp_path / "b", "--workers", "2")
    for table in ("mentions", "relations", "facts", "notes"):
        assert pq.read_table(one / f"{table}.parquet").equals(pq.read_table(two / f"{table}.parquet"))


def test_redact_keeps_text_out(tmp_path):
    out = _run(tmp_path, "--redact")
    for table in ("mentions", "notes", "facts"):
        frame = pq.read_table(out / f"{table}.parquet").to_pandas()
        assert set(frame["text"]) <= {"[redacted]"}
    import duckdb

    with duckdb.connect(str(out / "results.duckdb"), read_only=True) as con:
        for table in ("mentions", "notes", "facts"):
            assert {row[0] for row in con.sql(f"SELECT DISTINCT text FROM {table}").fetchall()} \
                <= {"[redacted]"}


def test_missing_input_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "nope.csv"), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "input not found" in result.output
