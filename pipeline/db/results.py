"""The results database: a run folder's tables in ``results.duckdb``, and in PostgreSQL.

:func:`write_results` is called once at the end of a run. It reads the run folder's files
(run.json, notes/mentions/relations/facts/links Parquet, patients.csv), builds the OMOP NOTE_NLP
rows (``note_nlp.parquet``), and writes every table:

- to ``results.duckdb`` in the run folder, always: built under a temporary name and renamed into
  place, so the file is complete or absent;
- to PostgreSQL when ``db`` is given, into ``schema``: in ONE transaction that first deletes this
  run_id's earlier rows and then inserts in batches of ``batch_rows``. An interrupted write rolls
  back whole (no half-written run), and writing the same run again (``--resume``) replaces it,
  so the tables end with exactly the rows of an uninterrupted run.
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .omop import OmopError, load_mapping, note_nlp_frame
from .schema import (BIGINT, BOOLEAN, DATE, DOUBLE, NOTE_NLP, PATIENTS, RUNS, TABLES, TEXT,
                     TIMESTAMP, TableSpec, arrow_type_name, create_sql, quoted)

log = logging.getLogger(__name__)
RESULTS_FILE = "results.duckdb"
NOTE_NLP_FILE = "note_nlp.parquet"
DEFAULT_SCHEMA = "koebner"
BATCH_ROWS = 5_000
_ARROW = {TEXT: pa.string(), BIGINT: pa.int64(), BOOLEAN: pa.bool_(), DATE: pa.date32(),
          DOUBLE: pa.float64(), TIMESTAMP: pa.timestamp("us")}
_ORDINALS = {"relation_no", "fact_no"}


class ResultsError(ValueError):
    """The results cannot be written as asked (bad schema name, unreadable run folder)."""


class DatabaseWriteError(OSError):
    """PostgreSQL refused the results (connection, permissions); nothing of the run was kept."""


@dataclass
class ResultsSummary:
    run_id: str
    duckdb_path: Path
    tables: dict[str, int] = field(default_factory=dict)
    note_nlp_path: Path | None = None
    note_nlp_skipped: str | None = None   # why there is no NOTE_NLP output, if there is none
    database: str | None = None           # the PostgreSQL URL written to (no password)
    schema: str | None = None


# ---------------------------------------------------------------- the run folder as tables

def _read_parquet(path: Path) -> pd.DataFrame | None:
    return pq.read_table(path).to_pandas() if path.exists() else None


def _read_patients(path: Path) -> pd.DataFrame | None:
    if not path.exists():
        return None
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return frame.replace({"": None})


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


def _typed(spec: TableSpec, frame: pd.DataFrame | None, run_id: str) -> tuple[TableSpec, pa.Table]:
    """The rows as an Arrow table of the spec's types (run_id first), and the spec extended by
    any column the file has that the spec does not list."""
    frame = pd.DataFrame(columns=[n for n in spec.names if n != "run_id"]) \
        if frame is None else frame.reset_index(drop=True)
    frame = frame.copy()
    for name in _ORDINALS & set(spec.names):
        frame[name] = range(1, len(frame) + 1)
    frame.insert(0, "run_id", run_id)
    extra = [(name, arrow_type_name(pa.Array.from_pandas(frame[name]).type))
             for name in frame.columns if name not in spec.names]
    if extra:
        spec = TableSpec(spec.name, (*spec.columns, *extra), spec.key, spec.source)
    arrays = []
    for name, kind in spec.columns:
        values = frame[name] if name in frame.columns else pd.Series([None] * len(frame))
        values = values.astype(object).where(values.notna(), None)
        if kind == BIGINT:
            values = pd.to_numeric(values).astype("Int64")
        elif kind == DOUBLE:
            values = pd.to_numeric(values).astype("float64")
        elif kind == DATE:
            values = pd.to_datetime(values).dt.date.astype(object)
            values = values.where(pd.notna(values), None)
        elif kind == BOOLEAN:
            values = values.map(lambda v: None if v is None else bool(v))
        elif kind == TEXT:
            values = values.map(lambda v: None if v is None else str(v))
        arrays.append(pa.array(values, type=_ARROW[kind], from_pandas=True))
    return spec, pa.Table.from_arrays(arrays, names=spec.names)


def run_tables(run_dir: str | Path, run_id: str, when: datetime | None = None,
               mapping: dict | None = None) -> tuple[dict[str, tuple[TableSpec, pa.Table]],
                                                     str | None]:
    """Every result table of a run folder, typed; and why NOTE_NLP is missing, if it is."""
    run_dir = Path(run_dir)
    when = (when or datetime.now()).replace(microsecond=0)
    frames: dict[str, pd.DataFrame | None] = {"runs": _runs_frame(run_dir, run_id, when)}
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
            frames["note_nlp"] = note_nlp_frame(mentions, notes, mapping, when)
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
    if not schema or not schema.replace("_", "a").isalnum() or schema[0].isdigit():
        raise ResultsError(f"bad --db-schema {schema!r}: use letters, digits and _ "
                           "(not starting with a digit)")
    return schema


def write_postgres(url: str, schema: str, run_id: str,
                   tables: dict[str, tuple[TableSpec, pa.Table]], batch_rows: int = BATCH_ROWS,
                   progress: Callable[[str, int], None] | None = None) -> None:
    """Replace run ``run_id``'s rows in ``schema`` by ``tables``, all in one transaction."""
    from sqlalchemy.exc import SQLAlchemyError

    from .source import _connect_error
    from .url import create_engine, shown_url

    check_schema_name(schema)
    engine = create_engine(url)
    try:
        _write_postgres(engine, schema, run_id, tables, batch_rows, progress)
    except SQLAlchemyError as exc:
        raise DatabaseWriteError(
            f"results not written to {shown_url(url)} schema {schema} (the transaction was rolled "
            f"back, no row of run {run_id} was kept): {_connect_error('the database', exc)}"
        ) from None
    finally:
        engine.dispose()


def _write_postgres(engine, schema: str, run_id: str, tables, batch_rows: int, progress) -> None:
    from sqlalchemy import column, insert, table, text

    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {quoted(schema)}")
        for spec, rows in tables.values():
            target = f"{quoted(schema)}.{quoted(spec.name)}"
            conn.exec_driver_sql(create_sql(spec, schema))
            for name, kind in spec.columns:  # columns added by a newer koebner
                conn.exec_driver_sql(
                    f"ALTER TABLE {target} ADD COLUMN IF NOT EXISTS {quoted(name)} {kind}")
            conn.execute(text(f"DELETE FROM {target} WHERE run_id = :run_id"),
                         {"run_id": run_id})
            sql_table = table(spec.name, *[column(n) for n in spec.names], schema=schema)
            written = 0
            for batch in rows.to_batches(max_chunksize=batch_rows):
                if batch.num_rows:
                    conn.execute(insert(sql_table), batch.to_pylist())
                    written += batch.num_rows
                    if progress is not None:
                        progress(spec.name, written)
            log.info("%s.%s: %d row(s) for run %s", schema, spec.name, written, run_id)


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
