"""PostgreSQL end to end, on a real server: notes read from an OMOP ``note`` table, the result
tables and NOTE_NLP written back, checked row by row against the Parquet files of the same run;
a run killed midway and resumed; a write interrupted midway leaves nothing behind.

The server is Debian's ``postgresql`` package (scripts/setup-postgres.sh installs it; `make test`
runs that). Without it these tests skip locally and FAIL under CI (env var CI set).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from db_checks import assert_duckdb_matches_run, assert_results_match_run
from pg_cluster import Cluster, postgres_bin

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "notes.csv"
SCHEMA = "results"

NOTE_DDL = """
CREATE TABLE note (
  note_id integer NOT NULL PRIMARY KEY, person_id integer NOT NULL, note_date date NOT NULL,
  note_datetime timestamp NULL, note_type_concept_id integer NOT NULL,
  note_class_concept_id integer NOT NULL, note_title varchar(250) NULL, note_text text NOT NULL,
  encoding_concept_id integer NOT NULL, language_concept_id integer NOT NULL,
  provider_id integer NULL, visit_occurrence_id integer NULL, visit_detail_id integer NULL,
  note_source_value varchar(50) NULL, note_event_id bigint NULL,
  note_event_field_concept_id integer NULL)
"""


def _need_postgres() -> Path:
    bindir = postgres_bin()
    if bindir is None:
        message = ("PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: run "
                   "scripts/setup-postgres.sh (or apt-get install -y postgresql)")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return bindir


def test_missing_postgres_fails_under_ci_and_skips_otherwise(monkeypatch):
    monkeypatch.setattr(sys.modules[__name__], "postgres_bin", lambda: None)
    monkeypatch.setenv("CI", "1")
    with pytest.raises(pytest.fail.Exception, match="setup-postgres.sh"):
        _need_postgres()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception, match="setup-postgres.sh"):
        _need_postgres()


def omop_notes() -> pd.DataFrame:
    """The bundled examples as OMOP note rows: P001 -> person 1001, note ids 101.. in file order."""
    notes = pd.read_csv(EXAMPLES, dtype=str)
    return pd.DataFrame({
        "note_id": range(101, 101 + len(notes)),
        "person_id": [1000 + int(p.lstrip("P")) for p in notes.patient_id],
        "note_date": pd.to_datetime(notes.note_date).dt.date,
        "note_title": notes.note_type, "note_text": notes.text,
        "note_source_value": notes.note_id,
    })


@pytest.fixture(scope="module")
def cluster():
    server = Cluster(_need_postgres()).start()
    try:
        with server.connect() as con:
            con.execute("CREATE DATABASE cdm")
        with server.connect("cdm") as con:
            con.execute(NOTE_DDL)
            rows = omop_notes()
            with con.cursor() as cur:
                # inserted in reverse, so the table's physical order is not note_id order
                cur.executemany(
                    "INSERT INTO note (note_id, person_id, note_date, note_type_concept_id, "
                    "note_class_concept_id, note_title, note_text, encoding_concept_id, "
                    "language_concept_id, note_source_value) VALUES (%s, %s, %s, 0, 0, %s, %s, "
                    "0, 0, %s)",
                    [(int(r.note_id), int(r.person_id), r.note_date, r.note_title, r.note_text,
                      r.note_source_value) for r in rows.iloc[::-1].itertuples()])
        yield server
    finally:
        server.stop()


@pytest.fixture()
def pg_env(cluster, monkeypatch):
    """The password reaches libpq through the environment, never the command line."""
    monkeypatch.setenv("PGPASSWORD", cluster.password)
    return cluster


def koebner(*args: str, env=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "cli.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=600, env=env)


def pg_rows(cluster, run_id: str):
    def rows_of(table: str) -> list[dict]:
        from psycopg.rows import dict_row

        with cluster.connect("cdm") as con, con.cursor(row_factory=dict_row) as cur:
            cur.execute(f'SELECT * FROM {SCHEMA}."{table}" WHERE run_id = %s', (run_id,))
            return [dict(row) for row in cur.fetchall()]
    return rows_of


@pytest.fixture(scope="module")
def full_run(cluster, tmp_path_factory):
    """One uninterrupted run: OMOP preset in, results to PostgreSQL (and results.duckdb)."""
    out = tmp_path_factory.mktemp("pg") / "full"
    env = {**os.environ, "PGPASSWORD": cluster.password}
    done = koebner("run", "--db", cluster.url("cdm"), "--db-schema", SCHEMA, "--out", str(out),
                   "--chunk-rows", "2", "--no-progress", env=env)
    assert done.returncode == 0, done.stderr
    assert cluster.password not in done.stdout + done.stderr
    return out, done


def test_run_on_omop_note_writes_every_table_back(pg_env, full_run):
    out, done = full_run
    assert "OMOP NOTE_NLP:" in done.stdout and f"schema {SCHEMA}" in done.stdout
    assert_results_match_run(out, pg_rows(pg_env, "full"), "full", expect_note_nlp=True)
    assert_duckdb_matches_run(out, expect_note_nlp=True)
    run = json.loads((out / "run.json").read_text())
    assert run["counts"]["rows_read"] == 15 and run["counts"]["notes_processed"] == 15
    assert pg_env.password not in (out / "run.json").read_text()
    # read in note_id order, whatever the table's physical order; OMOP columns mapped
    notes = pq.read_table(out / "notes.parquet").to_pandas()
    assert list(notes.note_id) == [str(n) for n in range(101, 116)]
    examples = pd.read_csv(EXAMPLES, dtype=str)
    assert list(notes.note_type) == list(examples.note_type)
    assert list(notes.text) == list(examples.text)
    # the examples' first patient (P001: insulin injected into the R lower abdomen, lesions there)
    patients = pd.read_csv(out / "patients.csv", dtype=str).set_index("patient_id")
    assert patients.loc["1001", ["calciphylaxis", "koebner", "trauma_types", "sites"]].tolist() \
        == ["yes", "yes", "injection", "abdomen:right"]


def test_note_nlp_rows_follow_the_mentions(full_run):
    out, _ = full_run
    nlp = pq.read_table(out / "note_nlp.parquet")
    assert nlp.column_names == [
        "note_nlp_id", "note_id", "section_concept_id", "snippet", "offset", "lexical_variant",
        "note_nlp_concept_id", "note_nlp_source_concept_id", "nlp_system", "nlp_date",
        "nlp_datetime", "term_exists", "term_temporal", "term_modifiers"]
    nlp = nlp.to_pandas()
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert len(nlp) == len(mentions) and list(nlp.note_nlp_id) == list(range(1, len(nlp) + 1))
    assert list(nlp.note_id) == [int(n) for n in mentions.note_id]
    assert list(nlp.lexical_variant) == list(mentions.text)
    assert list(nlp.offset) == [str(s) for s in mentions.start]
    denied = mentions.negated | mentions.uncertain | mentions.hypothetical | mentions.family
    assert list(nlp.term_exists) == ["N" if d else "Y" for d in denied]
    injection = mentions.index[(mentions.label == "TRAUMA") & (mentions.trauma_type == "injection")]
    assert len(injection)
    for i in injection:
        assert "trauma_type=injection" in nlp.term_modifiers[i].split(",")
        assert mentions.text[i] in nlp.snippet[i]


def test_where_picks_a_cohort_without_sql(pg_env, tmp_path):
    out = tmp_path / "cohort"
    done = koebner("extract", "--db", pg_env.url("cdm"), "--where", "person_id=1001,1003",
                   "--where", "note_date>=2020-01-01", "--out", str(out), "--no-progress")
    assert done.returncode == 0, done.stderr
    notes = pd.read_parquet(out / "notes.parquet")
    omop = omop_notes()
    wanted = omop[omop.person_id.isin([1001, 1003])
                  & (pd.to_datetime(omop.note_date) >= "2020-01-01")]
    assert len(wanted) and len(wanted) < len(omop)
    assert list(notes.note_id) == [str(n) for n in wanted.note_id]
    assert_duckdb_matches_run(out, expect_note_nlp=True)


def test_killed_run_resumes_to_exactly_the_uninterrupted_rows(pg_env, full_run, tmp_path):
    full, _ = full_run
    out = tmp_path / "killed"
    args = [sys.executable, str(ROOT / "cli.py"), "run", "--db", pg_env.url("cdm"), "--db-schema",
            SCHEMA, "--out", str(out), "--chunk-rows", "2", "--no-progress"]
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not (out / "parts" / "chunk-00001.json").exists():
        assert proc.poll() is None, "the run ended before it could be killed"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    killed = pg_rows(pg_env, "killed")
    assert all(killed(table) == [] for table in ("runs", "notes", "mentions", "note_nlp"))
    # resumed, and killed again in the middle of writing its results: another session holds a
    # lock on the mentions table, so the write stops after runs and notes, inside its transaction
    with pg_env.connect("cdm", autocommit=False) as blocker:
        blocker.execute(f"LOCK TABLE {SCHEMA}.mentions IN ACCESS EXCLUSIVE MODE")
        proc = subprocess.Popen([*args, "--resume"], cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        while not _waiting_on_a_lock(pg_env):
            assert proc.poll() is None, "the resumed run ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert killed("runs") == [] and killed("notes") == []   # nothing visible mid-write
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        blocker.rollback()
    assert json.loads((out / "run.json").read_text())["chunks_resumed"] >= 2
    assert all(killed(table) == [] for table in ("runs", "notes", "mentions", "note_nlp"))
    done = koebner(*args[2:], "--resume")
    assert done.returncode == 0, done.stderr
    volatile = {"run_id", "written_at", "wall_seconds", "nlp_date", "nlp_datetime"}
    for table in ("notes", "mentions", "relations", "facts", "links", "patients", "note_nlp",
                  "runs"):
        def key(row):
            return json.dumps(row, sort_keys=True, default=str)
        resumed = sorted((strip(r, volatile) for r in killed(table)), key=key)
        uninterrupted = sorted((strip(r, volatile) for r in pg_rows(pg_env, "full")(table)),
                               key=key)
        assert resumed == uninterrupted, table
    assert_results_match_run(out, killed, "killed", expect_note_nlp=True)


def _waiting_on_a_lock(cluster) -> bool:
    with cluster.connect("cdm") as con:
        return con.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = 'cdm' "
                           "AND wait_event_type = 'Lock'").fetchone()[0] > 0


def strip(row: dict, names: set[str]) -> dict:
    return {k: v for k, v in row.items() if k not in names}


def test_interrupted_write_leaves_no_row_and_rewriting_replaces(pg_env, full_run):
    from pipeline.db.results import write_results

    out, _ = full_run
    before = {t: len(pg_rows(pg_env, "full")(t)) for t in ("mentions", "notes", "patients")}

    def interrupt(table, written):
        if table == "mentions":
            raise KeyboardInterrupt   # as a Ctrl-C between two batches would

    with pytest.raises(KeyboardInterrupt):
        write_results(out, pg_env.url("cdm"), SCHEMA, "partial", batch_rows=10,
                      progress=interrupt)
    partial = pg_rows(pg_env, "partial")
    assert all(partial(t) == [] for t in ("runs", "notes", "mentions", "relations"))
    # writing a run again replaces its rows instead of adding to them
    for _ in range(2):
        write_results(out, pg_env.url("cdm"), SCHEMA, "partial", batch_rows=10)
    assert_results_match_run(out, partial, "partial", expect_note_nlp=True)
    assert {t: len(pg_rows(pg_env, "full")(t)) for t in before} == before


def test_password_from_pgpass_and_a_clear_error_without_one(cluster, monkeypatch, tmp_path):
    from pipeline.ingest import IngestError, open_notes

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(IngestError, match="PGPASSWORD or ~/.pgpass"):
        list(open_notes(cluster.url("cdm")))
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:koebner:{cluster.password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    notes = list(open_notes(cluster.url("cdm"), chunk_rows=4))
    assert [n.note_id for n in notes] == [str(n) for n in range(101, 116)]
    assert {n.patient_id for n in notes} == {"1001", "1002", "1003", "1004", "1005", "1006"}


def test_a_nul_in_a_note_is_stored_as_a_replacement_character(pg_env, full_run, tmp_path, caplog):
    import shutil

    import pyarrow as pa

    from pipeline.db.results import write_results

    full, _ = full_run
    run = tmp_path / "nul"
    shutil.copytree(full, run, ignore=shutil.ignore_patterns("results.duckdb", "stats", "*.html"))
    notes = pq.read_table(run / "notes.parquet")
    texts = notes.column("text").to_pylist()
    texts[0] = texts[0][:10] + "\x00" + texts[0][11:]   # a NUL from a broken export
    pq.write_table(notes.set_column(notes.column_names.index("text"), "text",
                                    pa.array(texts, pa.string())), run / "notes.parquet")
    write_results(run, pg_env.url("cdm"), SCHEMA, "nul")
    rows = {r["note_id"]: r["text"] for r in pg_rows(pg_env, "nul")("notes")}
    stored = rows[notes.column("note_id")[0].as_py()]
    assert len(stored) == len(texts[0]) and stored[10] == "\ufffd"
    assert stored[:10] + stored[11:] == texts[0][:10] + texts[0][11:]
    assert "1 NUL character(s) written as U+FFFD" in caplog.text
    assert texts[0][:10] not in caplog.text


def test_a_column_a_newer_run_file_adds_is_added_to_the_table(pg_env, full_run, tmp_path):
    import shutil

    import pyarrow as pa

    from pipeline.db.results import write_results

    full, _ = full_run
    old = tmp_path / "old"
    shutil.copytree(full, old, ignore=shutil.ignore_patterns("results.duckdb", "stats", "*.html"))
    write_results(old, pg_env.url("cdm"), "extended", "old")
    new = tmp_path / "new"
    shutil.copytree(old, new)
    links = pq.read_table(new / "links.parquet")
    reviewed = pa.array([i % 2 == 0 for i in range(links.num_rows)], pa.bool_())
    pq.write_table(links.append_column("reviewed", reviewed), new / "links.parquet")
    write_results(new, pg_env.url("cdm"), "extended", "new")
    with pg_env.connect("cdm") as con:
        kinds = dict(con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'extended' AND table_name = 'links'").fetchall())
        assert kinds["reviewed"] == "boolean"
        counts = dict(con.execute(
            "SELECT run_id, count(reviewed) FROM extended.links GROUP BY run_id").fetchall())
    assert counts == {"old": 0, "new": links.num_rows}


def test_a_database_that_refuses_the_results_is_a_clear_error(pg_env, full_run):
    from pipeline.db.results import DatabaseWriteError, write_results

    out, _ = full_run
    with pytest.raises(DatabaseWriteError, match='no row of run full was kept.*"elsewhere" does '
                                                 'not exist'):
        write_results(out, pg_env.url("elsewhere"), SCHEMA)
    with pg_env.connect("cdm") as con:
        con.execute("CREATE ROLE reader LOGIN PASSWORD 'reader-pw'")
    reader = pg_env.url("cdm").replace("koebner@", "reader@")
    os.environ["PGPASSWORD"] = "reader-pw"   # pg_env's monkeypatch restores it afterwards
    with pytest.raises(DatabaseWriteError, match="permission denied"):
        write_results(out, reader, SCHEMA, "by-reader")
    os.environ["PGPASSWORD"] = pg_env.password
    assert pg_rows(pg_env, "by-reader")("runs") == []
