"""Note sources: CSV, TSV, JSONL, Parquet, a folder of .txt files, DuckDB and SQLite.

Every source is read in chunks so memory stays bounded whatever the input size. Rows that cannot
be used are never dropped silently: they come back as :class:`Rejected` with their row number
and reason, and end up counted in ``run.json``.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pandas as pd

from ..records import Note
from .columns import ColumnMap

DEFAULT_CHUNK_ROWS = 5_000
TEXT_FORMATS = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
SIDECAR_NAMES = ("notes.csv", "metadata.csv", "index.csv")


class IngestError(ValueError):
    """The input as a whole cannot be read (missing file or columns, unknown format)."""


@dataclass(frozen=True)
class Rejected:
    row: int  # 1-based data row in the input (header excluded)
    note_id: str
    reason: str


@dataclass
class NoteSource:
    """A readable input, and what reading it has found so far."""

    path: Path
    columns: ColumnMap = field(default_factory=ColumnMap)
    query: str | None = None
    chunk_rows: int = DEFAULT_CHUNK_ROWS
    rows_read: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set, repr=False)

    def batches(self) -> Iterator[list[Note]]:
        """Yield validated notes in input order, one list per chunk."""
        for frame in _raw_chunks(self.path, self.columns, self.query, self.chunk_rows):
            _check_columns(frame, self.columns, self.path)
            yield self._validate(frame)

    def __iter__(self) -> Iterator[Note]:
        for batch in self.batches():
            yield from batch

    def _validate(self, frame: pd.DataFrame) -> list[Note]:
        c = self.columns
        notes: list[Note] = []
        dates = pd.to_datetime(frame[c.note_date].astype(str).str.strip(), errors="coerce",
                               format="mixed")
        has_type = c.note_type in frame.columns
        for i, (pid, nid, raw_date, parsed, text, ntype) in enumerate(zip(
            frame[c.patient_id], frame[c.note_id], frame[c.note_date], dates, frame[c.text],
            frame[c.note_type] if has_type else [""] * len(frame),
        )):
            row = self.rows_read + i + 1
            pid, nid = _clean_id(pid), _clean_id(nid)
            reason = None
            if not nid:
                reason = "empty note_id"
            elif not pid:
                reason = "empty patient_id"
            elif nid in self._seen:
                reason = f"duplicate note_id {nid!r} (first seen earlier in the input)"
            elif pd.isna(parsed):
                reason = f"unparseable note_date {str(raw_date)[:40]!r}"
            elif not isinstance(text, str) or not text.strip():
                reason = "empty text"
            if reason:
                self.rejected.append(Rejected(row, nid, reason))
                if nid and "duplicate" not in reason:
                    self._seen.add(nid)
                continue
            self._seen.add(nid)
            notes.append(Note(pid, nid, parsed.date(), text, _clean_id(ntype)))
        self.rows_read += len(frame)
        return notes


def open_notes(path: str | Path, columns: ColumnMap | None = None, query: str | None = None,
               chunk_rows: int = DEFAULT_CHUNK_ROWS) -> NoteSource:
    path = Path(path)
    if not path.exists():
        raise IngestError(f"input not found: {path}")
    return NoteSource(path, columns or ColumnMap(), query, chunk_rows)


def read_notes(path: str | Path, columns: ColumnMap | None = None,
               query: str | None = None) -> tuple[list[Note], list[Rejected]]:
    """Read a whole input into memory: the convenient form for small corpora and tests."""
    source = open_notes(path, columns, query)
    notes = list(source)
    return notes, source.rejected


def _clean_id(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _check_columns(frame: pd.DataFrame, columns: ColumnMap, path: Path) -> None:
    missing = [name for name in columns.required if name not in frame.columns]
    if missing:
        raise IngestError(
            f"{path}: missing required column(s) {', '.join(missing)}; found "
            f"{', '.join(map(str, frame.columns)) or 'no columns'}. Map names with "
            f"--columns FIELD=COLUMN (e.g. text=note_text) or --columns omop."
        )


def _raw_chunks(path: Path, columns: ColumnMap, query: str | None,
                chunk_rows: int) -> Iterator[pd.DataFrame]:
    suffix = path.suffix.lower()
    try:
        if path.is_dir():
            yield from _txt_folder_chunks(path, columns, chunk_rows)
        elif suffix in TEXT_FORMATS:
            yield from _csv_chunks(path, TEXT_FORMATS[suffix], chunk_rows)
        elif suffix in (".jsonl", ".ndjson"):
            yield from _jsonl_chunks(path, chunk_rows)
        elif suffix in (".parquet", ".pq"):
            yield from _parquet_chunks(path, chunk_rows)
        elif suffix in (".duckdb", ".ddb"):
            yield from _duckdb_chunks(path, query, chunk_rows)
        elif suffix in (".sqlite", ".sqlite3", ".db"):
            yield from _sqlite_chunks(path, query, chunk_rows)
        else:
            raise IngestError(
                f"{path}: unknown input format {suffix or '(no suffix)'!r}; use .csv, .tsv, "
                ".jsonl, .parquet, .duckdb, .sqlite or a folder of .txt files"
            )
    except UnicodeDecodeError as exc:
        raise IngestError(f"{path}: not valid UTF-8 at byte {exc.start}: {exc.reason}") from None


def _csv_chunks(path: Path, sep: str, chunk_rows: int) -> Iterator[pd.DataFrame]:
    try:
        reader = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, chunksize=chunk_rows,
                             encoding="utf-8")
        yield from reader
    except pd.errors.EmptyDataError:
        raise IngestError(f"{path}: the file is empty (no header row)") from None
    except pd.errors.ParserError as exc:
        raise IngestError(f"{path}: malformed {'TSV' if sep == chr(9) else 'CSV'}: {exc}") from None


def _jsonl_chunks(path: Path, chunk_rows: int) -> Iterator[pd.DataFrame]:
    rows: list[dict] = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise IngestError(f"{path} line {lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise IngestError(f"{path} line {lineno}: expected a JSON object per line")
            rows.append(record)
            if len(rows) >= chunk_rows:
                yield pd.DataFrame(rows)
                rows = []
    if rows:
        yield pd.DataFrame(rows)


def _parquet_chunks(path: Path, chunk_rows: int) -> Iterator[pd.DataFrame]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
        for batch in parquet.iter_batches(batch_size=chunk_rows):
            yield batch.to_pandas()
    except (pa.ArrowInvalid, OSError) as exc:
        raise IngestError(f"{path}: cannot read Parquet ({exc})") from None


def _txt_folder_chunks(folder: Path, columns: ColumnMap, chunk_rows: int) -> Iterator[pd.DataFrame]:
    sidecars = [folder / name for name in SIDECAR_NAMES if (folder / name).exists()]
    if not sidecars:
        raise IngestError(
            f"{folder}: a folder of .txt notes needs a sidecar CSV ({' or '.join(SIDECAR_NAMES)}) "
            f"with {columns.note_id}, {columns.patient_id} and {columns.note_date} per file stem"
        )
    meta = pd.read_csv(sidecars[0], dtype=str, keep_default_na=False)
    for name in (columns.note_id, columns.patient_id, columns.note_date):
        if name not in meta.columns:
            raise IngestError(f"{sidecars[0]}: missing required column {name}")
    by_id = {str(r[columns.note_id]).strip(): r for r in meta.to_dict("records")}
    files = sorted(folder.glob("*.txt"))
    unlisted = [p.name for p in files if p.stem not in by_id]
    if unlisted:
        raise IngestError(f"{folder}: .txt file(s) not in {sidecars[0].name}: {', '.join(unlisted[:10])}")
    rows = []
    for txt in files:
        row = dict(by_id.pop(txt.stem))
        row[columns.text] = txt.read_text(encoding="utf-8")
        rows.append(row)
        if len(rows) >= chunk_rows:
            yield pd.DataFrame(rows)
            rows = []
    for note_id, row in by_id.items():  # listed but no file: report it as an empty note
        rows.append({**row, columns.text: ""})
    if rows:
        yield pd.DataFrame(rows)


def _sql_text(path: Path, query: str | None) -> str:
    if not query:
        raise IngestError(f"{path}: a database input needs --query 'SELECT ...' or a table name")
    return query if " " in query.strip() else f"SELECT * FROM {query.strip()}"


def _duckdb_chunks(path: Path, query: str | None, chunk_rows: int) -> Iterator[pd.DataFrame]:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        result = con.execute(_sql_text(path, query))
        while True:
            frame = result.fetch_df_chunk(max(1, chunk_rows // 2048))
            if frame is None or frame.empty:
                break
            yield frame
    except duckdb.Error as exc:
        raise IngestError(f"{path}: query failed ({exc})") from None
    finally:
        con.close()


def _sqlite_chunks(path: Path, query: str | None, chunk_rows: int) -> Iterator[pd.DataFrame]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        yield from pd.read_sql_query(_sql_text(path, query), con, chunksize=chunk_rows)
    except (sqlite3.Error, pd.errors.DatabaseError) as exc:
        raise IngestError(f"{path}: query failed ({exc})") from None
    finally:
        con.close()
