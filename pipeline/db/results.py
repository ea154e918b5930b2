"""The results database: a run folder's tables in ``results.duckdb``, and in PostgreSQL.

:func:`write_results` is called once at the end of a run. It reads the run folder's files
(run.json, notes/mentions/relations/facts/links Parquet, patients.csv), builds the OMOP NOTE_NLP
rows (``note_nlp.parquet``), and writes every table:

- to ``results.duckdb`` in the run folder, always: built under a temporary name and renamed into
  place, so the file is complete or absent;
- to PostgreSQL when ``db`` is given, into ``schema``: in ONE transaction that first deletes this
  run_id's earlier rows and then copies the rows in (COPY) in batches of ``batch_rows``. An interrupted write rolls
  back whole (no half-written run), and writing the same run again (``--resume``) replaces it,
  so the tables end with exactly the rows of an uninterrupted run.
"""
from __future__ import annotations

import io
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..errors import EXIT_OUTPUT, KoebnerError
from .omop import OmopError, load_mapping, note_nlp_frame
from .schema import (
    BIGINT,
    BOOLEAN,
    DATE,
    DOUBLE,
    NOTE_NLP,
    PATIENTS,
    TABLES,
    TEXT,
    TIMESTAMP,
    TableSpec,
    arrow_type_name,
    create_sql,
    quoted,
)

log = logging.getLogger(__name__)
RESULTS_FILE = "results.duckdb"
NOTE_NLP_FILE = "note_nlp.parquet"
DEFAULT_SCHEMA = "koebner"
BATCH_ROWS = 5_000
_ARROW = {TEXT: pa.string(), BIGINT: pa.int64(), BOOLEAN: pa.bool_(), DATE: pa.date32(),
          DOUBLE: pa.float64(), TIMESTAMP: pa.timestamp("us")}
_ORDINALS = {"relation_no", "fact_no"}


class ResultsError(KoebnerError, ValueError):
    """The results cannot be written as asked (bad schema name, unreadable run folder)."""


class DatabaseWriteError(KoebnerError, OSError):
    """PostgreSQL refused the results (connection, permissions); nothing of the run was kept."""

    exit_code = EXIT_OUTPUT


@dataclass
class ResultsSummary:
    """What was written for a run: row counts per table, the DuckDB and NOTE_NLP paths, and the PostgreSQL target."""
    run_id: str
    duckdb_path: Path
    tables: dict[str, int] = field(default_factory=dict)
    note_nlp_path: Path | None = None
    note_nlp_skipped: str | None = None   # why there is no NOTE_NLP output, if there is none
    database: str | None = None           # the PostgreSQL URL written to (no password)
    schema: str | None = None


# ---------------------------------------------------------------- the run folder as tables

def _read_parquet(path: Path) -> pa.Table | None:
    return pq.read_table(path) if path.exists() else None


def _read_patients(path: Path) -> pa.Table | None:
    if not path.exists():
        return None
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return pa.Table.from_pandas(frame.replace({"": None}), preserve_index=False)


def _runs_frame(run_dir: Path, run_id: str, when: datetime) -> pd.DataFrame:
    path = run_dir / "run.json"
    if not path.exists():
        raise ResultsError(f"{run_dir}: no run.json; is this a finished run folder?")
    data = json.loads(path.read_text())
    counts = data.get("counts", {})
    return pd.DataFrame([{
        "tool": data.get("tool"), "version": data.get("version"), "input": data.get("input"),
        "written_at": when,
        **{name: counts.get(name) for name in ("rows_read", "notes_processed", "notes_skipped",
                                              "notes_screened_out", "notes_failed")},
        "wall_seconds": data.get("wall_seconds"),
        "settings": json.dumps(data.get("settings", {}), sort_keys=True),
        "config_hashes": json.dumps(data.get("config_hashes", {}), sort_keys=True),
    }])


def _typed(spec: TableSpec, rows: pa.Table | pd.DataFrame | None,
           run_id: str) -> tuple[TableSpec, pa.Table]:
    """The rows as an Arrow table of the spec's types (run_id first), and the spec extended by
    any column the file has that the spec does not list. Arrow casts, so a million-row table
    costs seconds, not minutes."""
    if isinstance(rows, pd.DataFrame):
        rows = pa.Table.from_pandas(rows, preserve_index=False)
    n = 0 if rows is None else rows.num_rows
    have = {} if rows is None else {name: rows.column(name) for name in rows.column_names}
    for name in _ORDINALS & set(spec.names):
        have[name] = pa.array(range(1, n + 1), type=pa.int64())
    have["run_id"] = pa.array([run_id] * n, type=pa.string())
    extra = [(name, arrow_type_name(have[name].type)) for name in have if name not in spec.names]
    if extra:
        spec = TableSpec(spec.name, (*spec.columns, *extra), spec.key, spec.source)
    arrays = []
    for name, kind in spec.columns:
        target = _ARROW[kind]
        if name not in have:
            arrays.append(pa.nulls(n, type=target))
            continue
        values = have[name]
        if pa.types.is_null(values.type) or values.type == target:
            arrays.append(values.cast(target))
        elif kind == DATE and not pa.types.is_date(values.type):
            arrays.append(pc.cast(pc.cast(values, pa.timestamp("us")), target))
        else:
            arrays.append(values.cast(target))
    return spec, pa.Table.from_arrays(arrays, names=spec.names)


def run_tables(run_dir: str | Path, run_id: str, when: datetime | None = None,
               mapping: dict | None = None) -> tuple[dict[str, tuple[TableSpec, pa.Table]],
                                                     str | None]:
    """Every result table of a run folder, typed; and why NOTE_NLP is missing, if it is."""
    run_dir = Path(run_dir)
    when = (when or datetime.now()).replace(microsecond=0)
    frames: dict[str, pa.Table | pd.DataFrame | None] = {
        "runs": _runs_frame(run_dir, run_id, when)}
    for spec in TABLES:
        if spec.source.endswith(".parquet") and spec is not NOTE_NLP:
            frames[spec.name] = _read_parquet(run_dir / spec.source)
    frames["patients"] = _read_patients(run_dir / PATIENTS.source)
    skipped = None
    mentions, notes = frames.get("mentions"), frames.get("notes")
    if mentions is None or notes is None:
        skipped = "the run has no mentions.parquet or notes.parquet"
        frames["note_nlp"] = None
    else:
        try:
            frames["note_nlp"] = note_nlp_frame(
                mentions.to_pandas(), notes.select(["note_id", "text"]).to_pandas(), mapping, when)
        except OmopError as exc:
            skipped = str(exc)
            frames["note_nlp"] = None
    tables = {spec.name: _typed(spec, frames.get(spec.name), run_id) for spec in TABLES}
    if skipped:
        del tables["note_nlp"]
    return tables, skipped


# ---------------------------------------------------------------- writers

def write_duckdb(path: Path, tables: dict[str, tuple[TableSpec, pa.Table]]) -> None:
    """A complete DuckDB file at ``path`` (temporary name, then rename)."""
    import duckdb

    tmp = path.with_name(f".{path.name}.tmp")
    for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
        stale.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    try:
        for spec, table in tables.values():
            con.execute(create_sql(spec))
            con.register("incoming", table)
            names = ", ".join(quoted(n) for n in spec.names)
            con.execute(f"INSERT INTO {quoted(spec.name)} ({names}) SELECT {names} FROM incoming")
            con.unregister("incoming")
        con.execute("CHECKPOINT")
    finally:
        con.close()
    os.replace(tmp, path)


def check_schema_name(schema: str) -> str:
    """``schema`` unchanged if it is a safe PostgreSQL schema name (letters, digits, _; no leading digit).

    Raises ResultsError otherwise.
    """
    if not schema or not schema.replace("_", "a").isalnum() or schema[0].isdigit():
        raise ResultsError(f"bad --db-schema {schema!r}: use letters, digits and _ "
                           "(not starting with a digit)")
    return schema


def write_postgres(url: str, schema: str, run_id: str,
                   tables: dict[str, tuple[TableSpec, pa.Table]], batch_rows: int = BATCH_ROWS,
                   progress: Callable[[str, int], None] | None = None) -> None:
    """Replace run ``run_id``'s rows in ``schema`` by ``tables``, all in one transaction."""
    from psycopg import Error as PsycopgError
    from sqlalchemy.exc import SQLAlchemyError

    from .source import database_reason
    from .url import create_engine, shown_url

    check_schema_name(schema)
    engine = create_engine(url)
    try:
        _write_postgres(engine, schema, run_id, tables, batch_rows, progress)
    except (SQLAlchemyError, PsycopgError) as exc:   # COPY runs on psycopg directly
        # only the first line: PostgreSQL's CONTEXT lines may quote a row's values
        raise DatabaseWriteError(
            f"results not written to {shown_url(url)} schema {schema} (the transaction was rolled "
            f"back, no row of run {run_id} was kept): {database_reason(exc)}"
        ) from None
    finally:
        engine.dispose()


def _write_postgres(engine, schema: str, run_id: str, tables, batch_rows: int, progress) -> None:
    from sqlalchemy import text

    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {quoted(schema)}")
        for spec, rows in tables.values():
            target = f"{quoted(schema)}.{quoted(spec.name)}"
            conn.exec_driver_sql(create_sql(spec, schema))
            present = set(conn.execute(text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = :schema AND table_name = :table"),
                {"schema": schema, "table": spec.name}).scalars())
            for name, kind in spec.columns:
                if name not in present:   # a column added by a newer koebner
                    # (only then: ALTER TABLE would lock out readers until the commit)
                    conn.exec_driver_sql(f"ALTER TABLE {target} ADD COLUMN {quoted(name)} {kind}")
            conn.execute(text(f"DELETE FROM {target} WHERE run_id = :run_id"),
                         {"run_id": run_id})
            names = ", ".join(quoted(n) for n in spec.names)
            rows = _without_nul(spec, rows)
            written = 0
            # COPY in CSV made by Arrow, on the transaction's own connection: many times the
            # rows/s of INSERT. Arrow writes null as an empty field and "" quoted, which is how
            # PostgreSQL's CSV tells them apart.
            options = pacsv.WriteOptions(include_header=False, quoting_style="needed")
            with conn.connection.driver_connection.cursor() as cursor:
                for batch in rows.to_batches(max_chunksize=batch_rows):
                    if not batch.num_rows:
                        continue
                    buffer = io.BytesIO()
                    pacsv.write_csv(batch, buffer, options)
                    with cursor.copy(f"COPY {target} ({names}) FROM STDIN "
                                     "WITH (FORMAT csv)") as copy:
                        copy.write(buffer.getvalue())
                    written += batch.num_rows
                    if progress is not None:
                        progress(spec.name, written)
            log.info("%s.%s: %d row(s) for run %s", schema, spec.name, written, run_id)


def _without_nul(spec: TableSpec, rows: pa.Table) -> pa.Table:
    """PostgreSQL's text cannot hold NUL (U+0000), which notes keep (offsets index the text
    exactly). In PostgreSQL only, each NUL becomes U+FFFD: one character for one, so offsets
    stay right. The count is logged, never the text."""
    for index, (name, kind) in enumerate(spec.columns):
        if kind != TEXT:
            continue
        column = rows.column(index)
        hits = pc.sum(pc.count_substring(column, "\x00")).as_py() or 0
        if hits:
            log.warning("%s.%s: %d NUL character(s) written as U+FFFD (PostgreSQL text cannot "
                        "hold NUL)", spec.name, name, hits)
            rows = rows.set_column(index, name, pc.replace_substring(column, "\x00", "\ufffd"))
    return rows


def write_results(run_dir: str | Path, db: str | None = None, schema: str = DEFAULT_SCHEMA,
                  run_id: str | None = None, *, batch_rows: int = BATCH_ROWS,
                  mapping_path: str | Path | None = None,
                  progress: Callable[[str, int], None] | None = None) -> ResultsSummary:
    """Write a finished run folder's results: note_nlp.parquet, results.duckdb, and with ``db``
    the same tables in PostgreSQL. ``run_id`` defaults to the run folder's name."""
    run_dir = Path(run_dir)
    run_id = run_id or run_dir.resolve().name
    if db is not None:
        check_schema_name(schema)
    tables, skipped = run_tables(run_dir, run_id, mapping=load_mapping(mapping_path))
    summary = ResultsSummary(run_id, run_dir / RESULTS_FILE, note_nlp_skipped=skipped)
    nlp_path = run_dir / NOTE_NLP_FILE
    if skipped:
        nlp_path.unlink(missing_ok=True)
        log.info("no OMOP note_nlp output: %s", skipped)
    else:
        from ..runfolder import write_parquet

        write_parquet(nlp_path, tables["note_nlp"][1].drop(["run_id"]))
        summary.note_nlp_path = nlp_path
    write_duckdb(summary.duckdb_path, tables)
    summary.tables = {name: rows.num_rows for name, (_, rows) in tables.items()}
    if db is not None:
        from .url import shown_url

        write_postgres(db, schema, run_id, tables, batch_rows, progress)
        summary.database, summary.schema = shown_url(db), schema
    return summary


def refresh_duckdb(run_dir: str | Path) -> ResultsSummary | None:
    """Rewrite a run folder's results.duckdb (keeping its run_id) after a later stage rewrote
    some of its files, e.g. ``koebner link``; None when the folder has no results.duckdb."""
    import duckdb

    path = Path(run_dir) / RESULTS_FILE
    if not path.exists():
        return None
    with duckdb.connect(str(path), read_only=True) as con:
        found = con.sql("SELECT run_id FROM runs").fetchall()
    return write_results(run_dir, run_id=found[0][0] if found else None)
