"""Notes read from PostgreSQL: an OMOP CDM ``note`` table by default, or the user's SQL.

``open_database`` is what :func:`pipeline.ingest.open_notes` calls for a ``postgresql://`` input.
Rows are streamed through a server-side cursor in chunks of ``chunk_rows``, then checked like any
other input (row numbers, quarantine), so nothing differs downstream of the reader.

Without ``--query`` the OMOP preset reads ``note`` (``person_id``, ``note_id``, ``note_date``,
``note_title``, ``note_text``) ordered by ``note_id``; a bare table name (``cdm.note``) does the
same on that table. ``--where`` picks a cohort without writing SQL (see :func:`where_clause`).
Resuming needs the same rows in the same order on every read: the preset orders by note_id; a
query of your own should end with ``ORDER BY``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pandas as pd

from ..ingest.columns import OMOP, ColumnMap
from ..ingest.options import ReadOptions
from ..ingest.problems import IngestError
from ..ingest.readers import NoteSource
from .url import create_engine, shown_url

OMOP_TABLE = "note"
_TABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?$")
_CONDITION = re.compile(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(>=|<=|!=|=|>|<)\s*(.*?)\s*$")


def _quote_name(name: str) -> str:
    return ".".join(f'"{part}"' for part in name.split("."))


def _literal(value: str) -> str:
    # An untyped literal: PostgreSQL casts it to the column's type (integer, date, text).
    return "'" + value.replace("'", "''") + "'"


def where_clause(conditions: list[str] | tuple[str, ...]) -> str:
    """SQL for ``--where`` conditions, all of which must hold.

    Each is ``COLUMN OP VALUE`` with OP one of ``= != >= <= > <``; ``=`` and ``!=`` take a
    comma-separated list (``person_id=1001,1002``). Column names are checked, values quoted."""
    parts = []
    for condition in conditions:
        match = _CONDITION.match(condition)
        if not match or not match.group(3):
            raise IngestError(
                f"bad --where {condition!r}: expected COLUMN OP VALUE with OP one of "
                "= != >= <= > < (e.g. person_id=1001,1002 or note_date>=2020-01-01)")
        column, op, value = match.groups()
        values = [v.strip() for v in value.split(",")] if op in ("=", "!=") else [value]
        if not all(values):
            raise IngestError(f"bad --where {condition!r}: an empty value in the list")
        name = _quote_name(column)
        if len(values) > 1:
            listed = ", ".join(_literal(v) for v in values)
            parts.append(f"{name} {'IN' if op == '=' else 'NOT IN'} ({listed})")
        else:
            parts.append(f"{name} {'<>' if op == '!=' else op} {_literal(values[0])}")
    return " AND ".join(parts)


def notes_query(query: str | None, where: list[str] | tuple[str, ...] = (),
                columns: ColumnMap | None = None) -> tuple[str, ColumnMap]:
    """The SQL that reads the notes, and the column mapping that goes with it."""
    columns = columns or ColumnMap()
    where = list(where or ())
    query = (query or "").strip()
    if not query or _TABLE.match(query):
        table = query or OMOP_TABLE
        if columns == ColumnMap():   # no --columns: the table is OMOP's note
            columns = OMOP
        wanted = dict.fromkeys([columns.patient_id, columns.note_id, columns.note_date,
                                columns.note_type, columns.text])
        select = ", ".join(_quote_name(c) for c in wanted)
        sql = f"SELECT {select} FROM {_quote_name(table)}"
        if where:
            sql += f" WHERE {where_clause(where)}"
        return f"{sql} ORDER BY {_quote_name(columns.note_id)}", columns
    if " " not in query and not _TABLE.match(query):
        raise IngestError(f"bad --query {query!r}: neither a table name nor a SELECT statement")
    if where:
        query = (f"SELECT * FROM ({query}) AS notes WHERE {where_clause(where)} "
                 f"ORDER BY {_quote_name(columns.note_id)}")
    return query, columns


@dataclass
class DatabaseNoteSource(NoteSource):
    """A :class:`~pipeline.ingest.NoteSource` over a PostgreSQL query."""

    url: str = ""

    def raw_frames(self) -> Iterator[pd.DataFrame]:
        """Rows of the query as DataFrames of at most ``chunk_rows`` rows, read through a server-side cursor.

        Raises IngestError when the connection or the query fails (the message never quotes row
        values).
        """
        import psycopg
        from sqlalchemy.exc import SQLAlchemyError

        engine = create_engine(self.url)
        try:
            raw = engine.raw_connection()
        except (SQLAlchemyError, psycopg.Error) as exc:  # sqlalchemy wraps psycopg's OperationalError
            raise IngestError(_connect_error(self.path, exc)) from None
        try:
            with raw.driver_connection.cursor(name="koebner_notes") as cursor:
                cursor.itersize = self.chunk_rows
                try:
                    cursor.execute(self.query)
                    names = [c.name for c in cursor.description]
                    while rows := cursor.fetchmany(self.chunk_rows):
                        yield pd.DataFrame.from_records(rows, columns=names)
                except psycopg.Error as exc:
                    raise IngestError(f"{self.path}: query failed ({_first_line(exc)})") from None
        finally:
            raw.close()
            engine.dispose()

    def key_input(self) -> tuple[str, str]:
        """What identifies this input for --resume: the URL and the query's row count."""
        import psycopg
        from sqlalchemy.exc import SQLAlchemyError

        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                cursor = conn.connection.driver_connection.execute(
                    f"SELECT count(*) FROM ({self.query}) AS notes")
                count = cursor.fetchone()[0]
        except psycopg.Error as exc:
            raise IngestError(f"{self.path}: query failed ({_first_line(exc)})") from None
        except SQLAlchemyError as exc:
            raise IngestError(_connect_error(self.path, exc)) from None
        finally:
            engine.dispose()
        return self.path, f"rows:{count}"


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def database_reason(exc: BaseException) -> str:
    """The first line of a database error (later lines may quote row values), with a hint."""
    reason = _first_line(exc)
    if "password" in reason.lower():
        reason += "; give the password in PGPASSWORD or ~/.pgpass (never in the URL)"
    return reason


def _connect_error(shown: str, exc: BaseException) -> str:
    return f"cannot connect to {shown}: {database_reason(exc)}"


def open_database(url: str, columns: ColumnMap | None, query: str | None, chunk_rows: int,
                  max_note_chars: int, options: ReadOptions | None = None) -> DatabaseNoteSource:
    """The notes of a PostgreSQL database (``query`` None: the OMOP ``note`` table)."""
    shown = shown_url(url)
    sql, columns = notes_query(query, (), columns)
    return DatabaseNoteSource(path=shown, columns=columns, query=sql, chunk_rows=chunk_rows,
                              max_note_chars=max_note_chars, url=url,
                              options=options or ReadOptions())


def database_input(notes, query: str | None, where: list[str] | tuple[str, ...] | None,
                   columns: ColumnMap | None) -> tuple[str | None, ColumnMap | None]:
    """The query and column mapping for an input: for a database, ``--where`` folded into the
    SQL (and the OMOP preset when there is no ``--query``); any other input is left as it is."""
    from .url import is_database_url

    if not is_database_url(notes):
        if where:
            raise IngestError("--where picks notes in a database input (postgresql://...); "
                              "filter a file before reading it")
        return query, columns
    return notes_query(query, where or (), columns)
