"""Raw rows of each input format, in chunks: one DataFrame of cells per chunk.

A reader that cannot parse one row (a CSV row with the wrong number of fields, a JSONL line that
is not JSON) yields it with the reason in the :data:`~pipeline.ingest.rows.PROBLEM` column, so it
keeps its row number and ends up in quarantine; only a problem with the whole input raises
:class:`IngestError`. Text is decoded with ``surrogateescape`` so invalid UTF-8 survives to the row
checks, which replace it and record that they did.
"""
from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from .columns import ColumnMap
from .options import ReadOptions
from .problems import IngestError
from .rows import PROBLEM

TEXT_FORMATS = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
EXCEL_FORMATS = (".xlsx", ".xlsm")
SNIFFED_SEPS = (",", ";", "\t", "|")
SIDECAR_NAMES = ("notes.csv", "metadata.csv", "index.csv")


def raw_chunks(path: Path, columns: ColumnMap, query: str | None,
               chunk_rows: int, options: ReadOptions = ReadOptions()) -> Iterator[pd.DataFrame]:
    """Raw cells of the input at ``path`` as DataFrames of at most ``chunk_rows`` rows, format by suffix.

    A folder is read as one .txt file per note; ``query`` selects rows of a DuckDB or SQLite file.
    Raises IngestError for an empty file, an unknown or unsupported suffix, or an unreadable file.
    """
    suffix = path.suffix.lower()
    encoding = options.encoding
    if path.is_dir():
        yield from _txt_folder_chunks(path, columns, chunk_rows, encoding)
    elif path.stat().st_size == 0:
        raise IngestError(f"{path}: the file is empty")
    elif suffix in TEXT_FORMATS:
        sep = options.sep or sniff_sep(path, encoding, TEXT_FORMATS[suffix])
        yield from _csv_chunks(path, sep, chunk_rows, encoding)
    elif suffix in (".jsonl", ".ndjson"):
        yield from _jsonl_chunks(path, columns, chunk_rows, encoding)
    elif suffix in EXCEL_FORMATS:
        yield from _excel_chunks(path, chunk_rows)
    elif suffix == ".xls":
        raise IngestError(f"{path}: the old Excel .xls format is not read; save it as .xlsx "
                          "or .csv")
    elif suffix in (".parquet", ".pq"):
        yield from _parquet_chunks(path, chunk_rows)
    elif suffix in (".duckdb", ".ddb"):
        yield from _duckdb_chunks(path, query, chunk_rows)
    elif suffix in (".sqlite", ".sqlite3", ".db"):
        yield from _sqlite_chunks(path, query, chunk_rows)
    else:
        raise IngestError(
            f"{path}: unknown input format {suffix or '(no suffix)'!r}; use .csv, .tsv, "
            ".jsonl, .parquet, .xlsx, .duckdb, .sqlite or a folder of .txt files (a delimited "
            "text file with another suffix: rename it to .csv; --sep sets its delimiter)"
        )


def _open_text(path: Path, encoding: str | None = None):
    # utf-8-sig drops a byte-order mark (Excel exports start with one) so the header reads clean
    return path.open(encoding=_codec(encoding), errors="surrogateescape", newline="")


def _codec(encoding: str | None) -> str:
    if encoding is None or encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        return "utf-8-sig"
    return encoding


def sniff_sep(path: Path, encoding: str | None, default: str) -> str:
    """The delimiter of a delimited file, from its header line: the candidate (comma,
    semicolon, tab, pipe) found most often outside quotes; ``default`` when none is."""
    with _open_text(path, encoding) as handle:
        head = handle.read(65_536)
    line = next((ln for ln in head.splitlines() if ln.strip()), "")
    counts = dict.fromkeys(SNIFFED_SEPS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(SNIFFED_SEPS, key=lambda sep: (counts[sep], sep == default))
    return best if counts[best] else default


def _csv_chunks(path: Path, sep: str, chunk_rows: int,
                encoding: str | None = None) -> Iterator[pd.DataFrame]:
    kind = {",": "CSV", "\t": "TSV"}.get(sep, f"{sep!r}-separated")
    # A pasted document can be megabytes in one field; the default limit is 128 KiB.
    csv.field_size_limit(max(csv.field_size_limit(), sys.maxsize))
    with _open_text(path, encoding) as handle:
        reader = csv.reader(handle, delimiter=sep, strict=True)
        header = None
        while header is None:
            try:
                first = next(reader)
            except StopIteration:
                raise IngestError(f"{path}: the file has no header row") from None
            except csv.Error as exc:
                raise IngestError(f"{path}: malformed {kind} header ({exc})") from None
            if first:
                header = [name.strip() for name in first]
        width = len(header)
        rows: list[dict] = []
        while True:
            start_line = reader.line_num + 1
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                if "unexpected end of data" in str(exc):
                    rows.append({PROBLEM: f"malformed {kind}: a quoted field opened at line "
                                          f"{start_line} is never closed; the rest of the file "
                                          "cannot be split into rows"})
                    break
                rows.append({PROBLEM: f"malformed {kind} at line {start_line}: {exc}"})
            else:
                if not fields:
                    continue  # blank line
                if len(fields) != width:
                    rows.append({PROBLEM: f"malformed {kind} at line {start_line}: {len(fields)} "
                                          f"field(s) where the header has {width} (an unquoted "
                                          "delimiter or line break?)"})
                else:
                    rows.append(dict(zip(header, fields)))
            if len(rows) >= chunk_rows:
                yield _frame(rows, header)
                rows = []
        if rows:
            yield _frame(rows, header)


def _frame(rows: list[dict], header: list[str]) -> pd.DataFrame:
    names = list(dict.fromkeys([*header, PROBLEM]))
    return pd.DataFrame.from_records(rows, columns=names)


def _jsonl_chunks(path: Path, columns: ColumnMap, chunk_rows: int,
                  encoding: str | None = None) -> Iterator[pd.DataFrame]:
    rows: list[dict] = []
    checked = False
    with _open_text(path, encoding) as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                # strict=False: a raw tab or NUL inside a string is a broken export, not a reason
                # to lose the note
                record = json.loads(line, strict=False)
            except json.JSONDecodeError as exc:
                record = {PROBLEM: f"not valid JSON at line {lineno}, column {exc.colno}: {exc.msg}"}
            except RecursionError:
                record = {PROBLEM: f"not usable JSON at line {lineno} (nested too deeply)"}
            if not isinstance(record, dict):
                record = {PROBLEM: f"line {lineno} is JSON but not an object"}
            rows.append(record)
            if len(rows) >= chunk_rows:
                if not checked:
                    _check_jsonl_fields(path, rows, columns)
                    checked = True
                yield _jsonl_frame(rows, columns)
                rows = []
    if rows:
        if not checked:
            _check_jsonl_fields(path, rows, columns)
        yield _jsonl_frame(rows, columns)


def _check_jsonl_fields(path: Path, rows: list[dict], columns: ColumnMap) -> None:
    """A required field absent from every parsed record of the first chunk is a mapping problem."""
    parsed = [r for r in rows if PROBLEM not in r]
    if not parsed:
        return
    missing = [name for name in columns.required if not any(name in r for r in parsed)]
    if missing:
        raise IngestError(
            f"{path}: missing required field(s) {', '.join(missing)} in every record read; map "
            "names with --columns FIELD=COLUMN (e.g. text=note_text) or --columns omop."
        )


def _jsonl_frame(rows: list[dict], columns: ColumnMap) -> pd.DataFrame:
    for record in rows:
        if PROBLEM in record:
            continue
        absent = [name for name in columns.required if name not in record]
        if absent:
            record[PROBLEM] = f"missing field(s) {', '.join(absent)}"
    names = list(dict.fromkeys([*columns.required, columns.note_type, PROBLEM]))
    return pd.DataFrame.from_records(
        [{name: record.get(name) for name in names} for record in rows], columns=names)


def _parquet_chunks(path: Path, chunk_rows: int) -> Iterator[pd.DataFrame]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise IngestError(f"{path}: not a readable Parquet file ({exc}); a truncated or "
                          "partly copied file cannot be used") from None
    batches = parquet.iter_batches(batch_size=chunk_rows)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except (pa.ArrowException, OSError) as exc:
            raise IngestError(f"{path}: Parquet data is damaged ({exc})") from None
        yield batch.to_pandas()


def _excel_chunks(path: Path, chunk_rows: int) -> Iterator[pd.DataFrame]:
    """The first sheet of a workbook, by pandas with openpyxl (an Excel cell holds at most
    32,767 characters, so longer notes cannot come this way)."""
    import zipfile

    try:
        frame = pd.read_excel(path, sheet_name=0, dtype=object, engine="openpyxl")
    except (zipfile.BadZipFile, ValueError, KeyError, OSError) as exc:
        raise IngestError(f"{path}: not a readable Excel workbook ({type(exc).__name__}); save "
                          "it again from Excel as .xlsx, or export the sheet as .csv") from None
    frame.columns = [str(name).strip() for name in frame.columns]
    frame = frame.dropna(how="all").reset_index(drop=True)  # blank rows, as in CSV
    for start in range(0, len(frame), chunk_rows):
        yield frame.iloc[start:start + chunk_rows].reset_index(drop=True)


def _txt_folder_chunks(folder: Path, columns: ColumnMap, chunk_rows: int,
                       encoding: str | None = None) -> Iterator[pd.DataFrame]:
    sidecars = [folder / name for name in SIDECAR_NAMES if (folder / name).exists()]
    if not sidecars:
        raise IngestError(
            f"{folder}: a folder of .txt notes needs a sidecar CSV ({' or '.join(SIDECAR_NAMES)}) "
            f"with {columns.note_id}, {columns.patient_id} and {columns.note_date} per file stem"
        )
    meta = pd.concat(list(_csv_chunks(sidecars[0], sniff_sep(sidecars[0], encoding, ","), 1 << 30,
                                      encoding)), ignore_index=True)
    for name in (columns.note_id, columns.patient_id, columns.note_date):
        if name not in meta.columns:
            raise IngestError(f"{sidecars[0]}: missing required column {name}")
    by_id = {str(r[columns.note_id]).strip(): r for r in meta.to_dict("records")
             if not isinstance(r.get(PROBLEM), str)}
    files = sorted(folder.glob("*.txt"))
    unlisted = [p.name for p in files if p.stem not in by_id]
    if unlisted:
        raise IngestError(f"{folder}: .txt file(s) not in {sidecars[0].name}: {', '.join(unlisted[:10])}")
    rows = []
    for txt in files:
        row = dict(by_id.pop(txt.stem))
        row[columns.text] = txt.read_bytes().decode(_codec(encoding), "surrogateescape")
        rows.append(row)
        if len(rows) >= chunk_rows:
            yield pd.DataFrame(rows)
            rows = []
    for row in by_id.values():  # listed but no file
        rows.append({**row, columns.text: None, PROBLEM: "listed in the sidecar but no .txt file"})
    if rows:
        yield pd.DataFrame(rows)


def _sql_text(path: Path, query: str | None) -> str:
    if not query:
        raise IngestError(f"{path}: a database input needs --query 'SELECT ...' or a table name")
    return query if " " in query.strip() else f"SELECT * FROM {query.strip()}"


def _duckdb_chunks(path: Path, query: str | None, chunk_rows: int) -> Iterator[pd.DataFrame]:
    import duckdb

    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as exc:
        raise IngestError(f"{path}: not a readable DuckDB file ({exc})") from None
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
    # SQLite stores whatever bytes it was given; keep invalid UTF-8 for the row checks to repair
    con.text_factory = lambda raw: raw.decode("utf-8", "surrogateescape")
    try:
        yield from pd.read_sql_query(_sql_text(path, query), con, chunksize=chunk_rows)
    except (sqlite3.Error, pd.errors.DatabaseError) as exc:
        raise IngestError(f"{path}: query failed ({exc})") from None
    finally:
        con.close()
