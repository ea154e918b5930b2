"""The database pieces without a server: URLs and passwords, --where, the notes query, OMOP
NOTE_NLP rows from hand-written mentions, the DuckDB schema, and the data dictionary."""
from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.db.omop import OmopError, note_nlp_frame
from pipeline.db.schema import TABLES
from pipeline.db.source import database_input, notes_query, where_clause
from pipeline.db.url import DatabaseUrlError, engine_url, is_database_url, shown_url
from pipeline.ingest import IngestError
from pipeline.ingest.columns import OMOP, ColumnMap

ROOT = Path(__file__).resolve().parents[2]


# ---------------------------------------------------------------- URLs and passwords

def test_a_password_in_the_url_is_refused_without_echoing_it():
    with pytest.raises(DatabaseUrlError, match="PGPASSWORD") as caught:
        engine_url("postgresql://analyst:Tr0ub4dor@db.example.org/cdm")
    assert "Tr0ub4dor" not in str(caught.value)
    with pytest.raises(DatabaseUrlError, match="password"):
        engine_url("postgresql://analyst@db.example.org/cdm?password=Tr0ub4dor")


def test_cli_refuses_a_password_before_any_work(tmp_path):
    out = tmp_path / "run"
    result = CliRunner().invoke(app, ["run", "--db", "postgresql://analyst:Tr0ub4dor@localhost/cdm",
                                      "--out", str(out), "--no-progress"])
    assert result.exit_code == 2
    assert "PGPASSWORD environment variable or ~/.pgpass" in result.output and "Tr0ub4dor" not in result.output
    assert not out.exists()


def test_urls_get_the_psycopg_driver_and_need_a_database():
    assert is_database_url("postgres://analyst@db.example.org:5433/cdm")
    assert not is_database_url("examples/notes.csv") and not is_database_url("notes.duckdb")
    url = engine_url("postgres://analyst@db.example.org:5433/cdm")
    assert (url.drivername, url.host, url.port, url.database) == \
        ("postgresql+psycopg", "db.example.org", 5433, "cdm")
    assert shown_url("postgresql://analyst@db.example.org/cdm") == \
        "postgresql+psycopg://analyst@db.example.org/cdm"
    with pytest.raises(DatabaseUrlError, match="names no database"):
        engine_url("postgresql://analyst@db.example.org")


def test_cli_needs_notes_or_a_database(tmp_path):
    result = CliRunner().invoke(app, ["extract", "--out", str(tmp_path / "x"), "--no-progress"])
    assert result.exit_code == 2 and "give NOTES" in result.output


# ---------------------------------------------------------------- picking notes

def test_where_conditions_become_quoted_sql():
    assert where_clause(["person_id=1001,1002", "note_date >= 2020-01-01"]) == \
        "\"person_id\" IN ('1001', '1002') AND \"note_date\" >= '2020-01-01'"
    assert where_clause(["note_title!=Nursing Note"]) == "\"note_title\" <> 'Nursing Note'"
    # a value cannot end the literal early
    assert where_clause(["note_title=O'Brien consult"]) == "\"note_title\" = 'O''Brien consult'"
    for bad in ("person_id", "person id=3", "person_id=", "note_date>=", "person_id=1,,2", "x;drop table=1"):
        with pytest.raises(IngestError, match="bad --where"):
            where_clause([bad])


def test_the_omop_preset_and_table_names():
    sql, columns = notes_query(None)
    assert columns == OMOP
    assert sql == ('SELECT "person_id", "note_id", "note_date", "note_title", "note_text" '
                   'FROM "note" ORDER BY "note_id"')
    sql, columns = notes_query("cdm.note", ["person_id=7"])
    assert sql == ('SELECT "person_id", "note_id", "note_date", "note_title", "note_text" '
                   'FROM "cdm"."note" WHERE "person_id" = \'7\' ORDER BY "note_id"')
    own = "SELECT pid AS patient_id, nid AS note_id, d AS note_date, txt AS text FROM n ORDER BY nid"
    assert notes_query(own) == (own, ColumnMap())
    sql, _ = notes_query(own, ["patient_id=A1"])
    assert sql == (f"SELECT * FROM ({own}) AS notes WHERE \"patient_id\" = 'A1' "
                   "ORDER BY \"note_id\"")


def test_where_is_for_database_inputs_only():
    with pytest.raises(IngestError, match="--where picks notes in a database input"):
        database_input("examples/notes.csv", None, ["person_id=1"], None)
    assert database_input("examples/notes.csv", None, None, None) == (None, None)


# ---------------------------------------------------------------- OMOP NOTE_NLP

NOTE = ("Dialysis note. Denies calciphylaxis in the past. Mother had calciphylaxis. "
        "Eschar on the L thigh at insulin injection sites since March 2021.")


def mention(note_id, label, span, **fields):
    start = NOTE.index(span)
    row = {"patient_id": "1001", "note_id": note_id, "note_date": date(2021, 6, 1),
           "mention_id": f"{note_id}:M1", "label": label, "start": start,
           "end": start + len(span), "text": span, "section": "other", "negated": False,
           "uncertain": False, "historical": False, "hypothetical": False, "family": False,
           "region": None, "laterality": None, "trauma_type": None, "agent": None,
           "timex_value": None, "event_date": None, "rule": "r"}
    row.update(fields)
    return row


def test_note_nlp_rows_from_hand_written_mentions():
    mentions = pd.DataFrame([
        mention("77", "CALCIPHYLAXIS", "calciphylaxis", negated=True, historical=True),
        mention("77", "CALCIPHYLAXIS", "Mother had calciphylaxis", family=True),
        mention("77", "SITE", "L thigh", region="thigh", laterality="left"),
        mention("77", "TRAUMA", "insulin injection", trauma_type="injection", agent="insulin",
                event_date="2021-03"),
        mention("77", "TIMEX", "since March 2021", timex_value="2021-03"),
    ])
    notes = pd.DataFrame([{"note_id": "77", "text": NOTE}])
    mapping = {"nlp_system": "koebner", "snippet_chars": 10,
               "concepts": {"CALCIPHYLAXIS": 111, "TRAUMA": 222, "TRAUMA/injection": 333},
               "source_concepts": {"CALCIPHYLAXIS": 444}, "sections": {"other": 5, "*": 0}}
    when = datetime(2026, 12, 2, 3, 4, 5)
    rows = note_nlp_frame(mentions, notes, mapping, when).to_dict("records")
    assert [r["note_nlp_id"] for r in rows] == [1, 2, 3, 4, 5]
    assert {r["note_id"] for r in rows} == {77}
    assert [r["term_exists"] for r in rows] == ["N", "N", "Y", "Y", "Y"]
    assert [r["term_temporal"] for r in rows] == ["past", "present", "present", "present",
                                                  "present"]
    assert [r["note_nlp_concept_id"] for r in rows] == [111, 111, 0, 333, 0]
    assert [r["note_nlp_source_concept_id"] for r in rows] == [444, 444, 0, 0, 0]
    assert {r["section_concept_id"] for r in rows} == {5}
    assert rows[0]["term_modifiers"] == ("negated=true,uncertain=false,historical=true,"
                                         "hypothetical=false,family=false")
    assert rows[2]["term_modifiers"].endswith(",region=thigh,laterality=left")
    assert rows[3]["term_modifiers"].endswith(
        ",trauma_type=injection,agent=insulin,date=2021-03")
    assert rows[4]["term_modifiers"].endswith(",date=2021-03")
    assert rows[0]["offset"] == str(NOTE.index("calciphylaxis"))
    assert rows[0]["snippet"] == "e. Denies calciphylaxis in the pa"
    assert rows[2]["lexical_variant"] == "L thigh"
    assert rows[0]["nlp_system"].startswith("koebner ")
    assert (rows[0]["nlp_date"], rows[0]["nlp_datetime"]) == (date(2026, 12, 2), when)


def test_note_nlp_needs_integer_note_ids_and_keeps_redaction():
    notes = pd.DataFrame([{"note_id": "DERM-7", "text": NOTE}])
    with pytest.raises(OmopError, match="'DERM-7' is not an integer"):
        note_nlp_frame(pd.DataFrame([mention("DERM-7", "SITE", "L thigh")]), notes)
    redacted = pd.DataFrame([mention("8", "SITE", "L thigh", text="[redacted]")])
    rows = note_nlp_frame(redacted, pd.DataFrame([{"note_id": "8", "text": "[redacted]"}]))
    assert (rows.snippet[0], rows.lexical_variant[0]) == ("[redacted]", "[redacted]")


def test_a_bad_mapping_file_is_named(tmp_path):
    from pipeline.db.omop import load_mapping

    bad = tmp_path / "omop.json"
    bad.write_text('{"concepts": {"LESION": "4040"}}')
    with pytest.raises(OmopError, match=r"concepts\['LESION'\] must be an integer"):
        load_mapping(bad)


# ---------------------------------------------------------------- DuckDB and the dictionary

def test_duckdb_tables_have_types_and_primary_keys(tmp_path):
    import duckdb

    from pipeline.db.results import write_duckdb
    from pipeline.db.schema import MENTIONS

    path = tmp_path / "results.duckdb"
    write_duckdb(path, {})
    with duckdb.connect(str(path)) as con:
        from pipeline.db.schema import create_sql

        con.execute(create_sql(MENTIONS))
        con.execute("INSERT INTO mentions (run_id, mention_id, start) VALUES ('r', '5:M1', 3)")
        with pytest.raises(duckdb.ConstraintException):
            con.execute("INSERT INTO mentions (run_id, mention_id) VALUES ('r', '5:M1')")
        with pytest.raises(duckdb.ConversionException):
            con.execute("INSERT INTO mentions (run_id, mention_id, start) VALUES ('r', '5:M2', 'x')")


def test_the_data_dictionary_documents_every_column():
    text = (ROOT / "docs" / "data-dictionary.md").read_text()
    documented = set(re.findall(r"^\| `([a-z_0-9]+)` \|", text, flags=re.M))
    for spec in TABLES:
        missing = [name for name in spec.names if name not in documented]
        assert not missing, f"{spec.name}: {missing}"
    for name in ("row", "stage", "reason", "warning"):   # quarantine.csv, row_warnings.csv
        assert name in documented
    for heading in ("notes.parquet", "mentions.parquet", "relations.parquet", "facts.parquet",
                    "links.parquet", "patients.csv", "note_nlp.parquet", "quarantine.csv",
                    "row_warnings.csv", "results.duckdb"):
        assert f"`{heading}`" in text, heading


def test_relinking_a_run_refreshes_its_results_database(tmp_path):
    import duckdb
    from db_checks import assert_duckdb_matches_run

    from pipeline.db.results import write_results

    run = tmp_path / "relinked"
    notes = tmp_path / "notes.csv"
    pd.DataFrame([
        {"patient_id": "K1", "note_id": "K1-1", "note_date": "2022-04-02",
         "text": "Calciphylaxis, biopsy proven. Necrotic ulcer on the R thigh for 2 wks, at the "
                 "site where she injects insulin daily."},
        {"patient_id": "K2", "note_id": "K2-1", "note_date": "2022-04-03",
         "text": "ESRD on PD. No skin lesions."},
    ]).to_csv(notes, index=False)
    result = CliRunner().invoke(app, ["extract", str(notes), "--out", str(run), "--no-progress",
                                      "--run-id", "batch-7"])
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(run / "results.duckdb"), read_only=True) as con:
        assert con.sql("SELECT count(*) FROM patients").fetchall() == [(0,)]   # not linked yet
    result = CliRunner().invoke(app, ["link", str(run)])
    assert result.exit_code == 0, result.output
    with duckdb.connect(str(run / "results.duckdb"), read_only=True) as con:
        assert con.sql("SELECT run_id, patient_id, calciphylaxis FROM patients ORDER BY 2")\
            .fetchall() == [("batch-7", "K1", "yes"), ("batch-7", "K2", "no")]
    write_results(run)  # the default run_id is the folder's name
    assert_duckdb_matches_run(run)
