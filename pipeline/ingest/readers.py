"""Note sources: CSV, TSV, JSONL, Parquet, a folder of .txt files, DuckDB, SQLite, PostgreSQL.

Every source is read in chunks of exactly ``chunk_rows`` input rows (the last may be shorter), so
memory stays bounded and a chunk is the same rows on every read of the same input: that is what
lets an interrupted run resume chunk by chunk. Rows that cannot be used are never dropped
silently: they come back as :class:`Rejected` with their row number and reason.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..db.url import is_database_url
from ..records import Note
from .columns import ColumnMap
from .dates import DateReader
from .formats import SIDECAR_NAMES, TEXT_FORMATS, raw_chunks  # noqa: F401 - public names
from .options import ReadOptions
from .problems import IngestError, Rejected, RowWarning
from .rows import DEFAULT_MAX_NOTE_CHARS, PROBLEM, RowChecker

DEFAULT_CHUNK_ROWS = 5_000
MAX_COLUMN_NAME = 40


@dataclass
class InputChunk:
    """Rows ``first_row`` .. ``first_row + n_rows - 1`` of the input, checked."""

    index: int
    first_row: int
    n_rows: int
    notes: list[Note]
    note_rows: list[int]  # the input row of each note
    rejected: list[Rejected]
    warnings: list[RowWarning]


@dataclass
class NoteSource:
    """A readable input, and what reading it has found so far."""

    path: Path
    columns: ColumnMap = field(default_factory=ColumnMap)
    query: str | None = None
    chunk_rows: int = DEFAULT_CHUNK_ROWS
    max_note_chars: int = DEFAULT_MAX_NOTE_CHARS
    options: ReadOptions = field(default_factory=ReadOptions)
    rows_read: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # about the whole file (date order...)

    def chunks(self) -> Iterator[InputChunk]:
        """Checked chunks in input order. Starts from the first row on every call."""
        dates = DateReader(self.options.date_format, self.options.dayfirst)
        hint = "" if self.options.encoding else (
            "; if the file is not UTF-8, give its encoding (e.g. --encoding latin-1)")
        checker = RowChecker(self.columns, self.max_note_chars, dates=dates, encoding_hint=hint)
        self.rows_read = 0
        self.rejected, self.warnings = [], []
        self.notices = dates.notices
        for index, frame in enumerate(_exact_chunks(self.raw_frames(), self.chunk_rows)):
            _check_columns(frame, self.columns, self.path)
            first = self.rows_read + 1
            notes, note_rows, rejected, warnings = checker.check(frame, first)
            self.rows_read += len(frame)
            self.rejected.extend(rejected)
            self.warnings.extend(warnings)
            yield InputChunk(index, first, len(frame), notes, note_rows, rejected, warnings)

    def raw_frames(self) -> Iterator[pd.DataFrame]:
        """The input's raw cells, one DataFrame per chunk, before any row is checked."""
        return raw_chunks(self.path, self.columns, self.query, self.chunk_rows, self.options)

    def batches(self) -> Iterator[list[Note]]:
        """Validated notes in input order, one list per chunk."""
        for chunk in self.chunks():
            yield chunk.notes

    def __iter__(self) -> Iterator[Note]:
        for batch in self.batches():
            yield from batch


def open_notes(path: str | Path, columns: ColumnMap | None = None, query: str | None = None,
               chunk_rows: int = DEFAULT_CHUNK_ROWS,
               max_note_chars: int = DEFAULT_MAX_NOTE_CHARS,
               options: ReadOptions | None = None) -> NoteSource:
    """A NoteSource over a file, folder or ``postgresql://`` URL; nothing is read until iterated.

    Raises IngestError when ``chunk_rows`` is below 1 or the path does not exist.
    """
    if chunk_rows < 1:
        raise IngestError(f"chunk size must be at least 1 row, not {chunk_rows}")
    if is_database_url(path):  # PostgreSQL: pipeline/db/source.py
        from ..db.source import open_database

        return open_database(str(path), columns, query, chunk_rows, max_note_chars,
                             options or ReadOptions())
    path = Path(path)
    if not path.exists():
        raise IngestError(f"input not found: {path}")
    return NoteSource(path, columns or ColumnMap(), query, chunk_rows, max_note_chars,
                      options or ReadOptions())


def read_notes(path: str | Path, columns: ColumnMap | None = None,
               query: str | None = None, options: ReadOptions | None = None
               ) -> tuple[list[Note], list[Rejected]]:
    """Read a whole input into memory: the convenient form for small corpora and tests."""
    source = open_notes(path, columns, query, options=options)
    notes = list(source)
    return notes, source.rejected


def _exact_chunks(frames: Iterator[pd.DataFrame], size: int) -> Iterator[pd.DataFrame]:
    # Readers chunk by their own units (DuckDB by 2048-row vectors); checkpoints need row counts.
    pending: list[pd.DataFrame] = []
    held = 0
    for frame in frames:
        if frame is None or len(frame) == 0:
            continue
        pending.append(frame.reset_index(drop=True))
        held += len(frame)
        while held >= size:
            joined = pending[0] if len(pending) == 1 else pd.concat(pending, ignore_index=True)
            yield joined.iloc[:size].reset_index(drop=True)
            rest = joined.iloc[size:].reset_index(drop=True)
            pending, held = ([rest] if len(rest) else []), len(rest)
    if held:
        yield pending[0] if len(pending) == 1 else pd.concat(pending, ignore_index=True)


def _shown_name(name: str) -> str:
    # Without a header row the first note is read as column names: never echo those.
    if len(name) <= MAX_COLUMN_NAME and " " not in name.strip():
        return name
    return f"(a {len(name)}-character value; is the header row missing?)"


def _check_columns(frame: pd.DataFrame, columns: ColumnMap, path: Path) -> None:
    missing = [name for name in columns.required if name not in frame.columns]
    if missing:
        found = [_shown_name(str(name)) for name in frame.columns if name != PROBLEM]
        raise IngestError(
            f"{path}: missing required column(s) {', '.join(missing)}; found "
            f"{', '.join(found) or 'no columns'}. Map names with "
            f"--columns FIELD=COLUMN (e.g. text=note_text) or --columns omop."
        )
