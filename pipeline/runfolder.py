"""The run folder of the contract, written so that a crash never leaves a wrong file behind.

Extraction writes one set of part files per chunk of input rows under ``parts/``; each file is
written under a temporary name, flushed to disk and renamed into place, and the chunk's record
(``chunk-NNNNN.json``) is renamed in last, so a chunk either exists completely or not at all.
A resumed run skips the chunks that have a record. When every chunk is done the parts are merged,
in chunk order, into the contract's single files (again temporary name and rename) and removed.
"""
from __future__ import annotations

import csv
import json
import os
import shutil
import uuid
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .errors import EXIT_OUTPUT, EXIT_RESUME, KoebnerError
from .logs import LOG_FILE, run_log
from .records import Fact, Mention

NOTES_SCHEMA = pa.schema([
    ("patient_id", pa.string()), ("note_id", pa.string()), ("note_date", pa.date32()),
    ("note_type", pa.string()), ("text", pa.string()),
])
MENTIONS_SCHEMA = pa.schema([
    ("patient_id", pa.string()), ("note_id", pa.string()), ("note_date", pa.date32()),
    ("mention_id", pa.string()), ("label", pa.string()), ("start", pa.int64()),
    ("end", pa.int64()), ("text", pa.string()), ("section", pa.string()),
    ("negated", pa.bool_()), ("uncertain", pa.bool_()), ("historical", pa.bool_()),
    ("hypothetical", pa.bool_()), ("family", pa.bool_()), ("region", pa.string()),
    ("laterality", pa.string()), ("trauma_type", pa.string()), ("agent", pa.string()),
    ("timex_value", pa.string()), ("event_date", pa.string()), ("rule", pa.string()),
])
RELATIONS_SCHEMA = pa.schema([
    ("patient_id", pa.string()), ("note_id", pa.string()), ("type", pa.string()),
    ("arg1", pa.string()), ("arg2", pa.string()),
])
FACTS_SCHEMA = pa.schema([
    ("patient_id", pa.string()), ("note_id", pa.string()), ("note_date", pa.date32()),
    ("fact", pa.string()), ("value", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
    ("text", pa.string()), ("section", pa.string()), ("rule", pa.string()),
])
TABLES = {
    "notes": NOTES_SCHEMA,
    "mentions": MENTIONS_SCHEMA,
    "relations": RELATIONS_SCHEMA,
    "facts": FACTS_SCHEMA,
}
REDACTED = "[redacted]"
QUARANTINE_COLUMNS = ["row", "note_id", "patient_id", "stage", "reason"]
WARNING_COLUMNS = ["row", "note_id", "patient_id", "warning"]
PARTS_DIR = "parts"
CHECKPOINT_ROWS = 1_000   # input rows per checkpointed chunk: work lost to a crash at most
KEY_FILE = "run-key.json"
# Everything koebner writes in a run folder: what --overwrite removes, and nothing else.
WRITTEN_FILES = ("notes.parquet", "mentions.parquet", "relations.parquet", "facts.parquet",
                 "links.parquet", "patients.csv", "quarantine.csv", "row_warnings.csv",
                 "run.json", "report.html", "results.duckdb", "note_nlp.parquet", LOG_FILE)
WRITTEN_DIRS = ("stats", "evaluation", PARTS_DIR)


class ResumeError(KoebnerError, RuntimeError):
    """The run folder's parts belong to another input or other settings."""

    exit_code = EXIT_RESUME


class OutputError(KoebnerError, RuntimeError):
    """The output path cannot be written, or holds another run's files."""

    exit_code = EXIT_OUTPUT


def writable_dir(path: str | Path) -> Path:
    """``path`` as a folder that exists and can be written, or :class:`OutputError` saying why."""
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path} exists and is not a folder; give a folder for --out")
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".koebner-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"cannot write to {path} ({exc.strerror or type(exc).__name__})") from None
    return path


def writable_file(path: str | Path) -> Path:
    """``path`` as a file that can be written (its folder made if needed), or OutputError."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name for --out")
    writable_dir(path.parent)
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputError(f"cannot write to {path} (permission denied)")
    return path


def koebner_files(out_dir: str | Path) -> list[Path]:
    """The files and folders of an earlier run in ``out_dir`` (see :data:`WRITTEN_FILES`)."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return []
    found = [out_dir / name for name in (*WRITTEN_FILES, *WRITTEN_DIRS) if (out_dir / name).exists()]
    found += sorted(out_dir.glob(".*.tmp"))
    return found


def claim_run_folder(out_dir: str | Path, overwrite: bool = False, resume: bool = False) -> Path:
    """Make ``out_dir`` ready for a run: a writable folder that holds no other run's files.

    An earlier run's files are refused (they would mix with this run's: a stale
    ``evaluation/errors.md`` with note text after a ``--redact`` run) unless ``overwrite``, which
    removes them and only them; ``resume`` keeps them, since they are this run's own.
    """
    out_dir = writable_dir(out_dir)
    if resume:
        return out_dir
    found = koebner_files(out_dir)
    if found and not overwrite:
        names = ", ".join(p.name + ("/" if p.is_dir() else "") for p in found[:6])
        more = f" and {len(found) - 6} more" if len(found) > 6 else ""
        raise OutputError(f"{out_dir} holds another run's files ({names}{more}); give --overwrite "
                          "to replace them (only files koebner writes are removed), --resume to "
                          "continue that run, or another --out")
    for path in found:
        try:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        except OSError as exc:
            raise OutputError(f"cannot remove {path} ({exc.strerror})") from None
    return out_dir


def errors_logged_to(out_dir: str | Path):
    """Warnings and errors of the pipeline's loggers (and INFO with ``-v``) also go to
    ``out_dir/koebner.log`` while inside (see :func:`pipeline.logs.run_log`; created only when
    something is logged; our log messages never hold note text)."""
    return run_log(out_dir)


def log_unexpected(out_dir: str | Path | None, exc: BaseException) -> Path | None:
    """Write a crash's traceback (never its message, which may quote a note) to the run
    folder's log; return the log's path, or None when it cannot be written."""
    from .extract import safe_trace

    if out_dir is None:
        return None
    path = Path(out_dir) / LOG_FILE
    try:
        if not path.parent.is_dir():
            return None
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"unexpected error\n{safe_trace(exc)}\n")
    except OSError:
        return None
    return path


@cache
def _field_names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record_type))


def as_row(record) -> dict[str, Any]:
    """A flat record as a dict in field order: ``dataclasses.asdict`` without its deep copy,
    which our records (scalars only) do not need and which cost more than writing the rows."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


def note_rows(note, redact: bool) -> list[dict[str, Any]]:
    """The notes.parquet row of one note; with ``redact`` its text is ``[redacted]``."""
    return [{"patient_id": note.patient_id, "note_id": note.note_id,
             "note_date": note.note_date, "note_type": note.note_type,
             "text": REDACTED if redact else note.text}]


def result_rows(extraction, redact: bool) -> dict[str, list[dict[str, Any]]]:
    """The mentions, relations and facts rows of one note's extraction; with ``redact`` no
    text at all. Plain dicts: they cross from worker processes cheaply."""

    def rows(records: tuple[Mention, ...] | tuple[Fact, ...]) -> list[dict[str, Any]]:
        out = []
        for record in records:
            row = as_row(record)
            if redact:
                row["text"] = REDACTED
            out.append(row)
        return out

    return {
        "mentions": rows(extraction.mentions),
        "relations": [as_row(r) for r in extraction.relations],
        "facts": rows(extraction.facts),
    }


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    try:
        _fsync_file(path)
    except OSError:  # some file systems refuse fsync on a directory; the rename still happened
        pass


def _tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp")


def write_parquet(path: Path, table: pa.Table) -> None:
    """Write ``table`` to ``path`` whole or not at all (temporary name, fsync, rename)."""
    tmp = _tmp(path)
    pq.write_table(table, tmp)
    _fsync_file(tmp)
    os.replace(tmp, path)


def write_json(path: Path, data: dict) -> None:
    """Write ``data`` as indented JSON to ``path`` whole or not at all (dates as text)."""
    tmp = _tmp(path)
    tmp.write_text(json.dumps(data, indent=2, sort_keys=False, default=str) + "\n")
    _fsync_file(tmp)
    os.replace(tmp, path)


def write_csv(path: Path, columns: list[str], rows: list[dict[str, Any]]) -> None:
    """Write ``rows`` (``columns`` in that order, other keys ignored) as UTF-8 CSV to ``path``,
    whole or not at all."""
    tmp = _tmp(path)
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    _fsync_file(tmp)
    os.replace(tmp, path)


class Checkpoints:
    """The ``parts/`` folder of a run: completed chunks and their part files."""

    def __init__(self, out_dir: str | Path):
        self.out_dir = Path(out_dir)
        self.dir = self.out_dir / PARTS_DIR

    def open(self, key: dict, resume: bool) -> int:
        """Prepare for writing; return how many chunks an earlier run completed.

        Without ``resume`` any earlier parts are discarded. With it, parts written for another
        input or other settings are refused: merging them would mix two runs.
        """
        self.out_dir.mkdir(parents=True, exist_ok=True)
        key_path = self.dir / KEY_FILE
        if resume and key_path.exists():
            earlier = json.loads(key_path.read_text())
            if earlier != key:
                changed = sorted(k for k in set(key) | set(earlier) if key.get(k) != earlier.get(k))
                if "config_hashes" in changed:
                    now, then = key.get("config_hashes") or {}, earlier.get("config_hashes") or {}
                    files = sorted(n for n in set(now) | set(then) if now.get(n) != then.get(n))
                    changed[changed.index("config_hashes")] = f"rule/config file ({', '.join(files)})"
                raise ResumeError(
                    f"{self.out_dir}: cannot resume, the interrupted run used a different "
                    f"{', '.join(changed)}; run with --overwrite instead of --resume to start again"
                )
            return len(list(self.dir.glob("chunk-*.json")))
        self.remove()
        self.dir.mkdir(parents=True)
        write_json(key_path, key)
        return 0

    def _part(self, table: str, index: int) -> Path:
        return self.dir / f"{table}-{index:05d}.parquet"

    def _record(self, index: int) -> Path:
        return self.dir / f"chunk-{index:05d}.json"

    def done(self, index: int) -> dict | None:
        """The record of chunk ``index`` when an earlier run finished it, else None."""
        path = self._record(index)
        return json.loads(path.read_text()) if path.exists() else None

    def write(self, index: int, tables: dict[str, list[dict[str, Any]]], record: dict) -> None:
        """Write chunk ``index``'s part files, then its record: only then does it count as done."""
        for name, schema in TABLES.items():
            write_parquet(self._part(name, index), pa.Table.from_pylist(tables[name], schema=schema))
        write_json(self._record(index), record)  # last: the chunk now counts as done
        _fsync_dir(self.dir)

    def write_parts(self, index: int, tables: dict[str, list[dict[str, Any]] | pa.Table]) -> None:
        """Write chunk ``index``'s part files (rows or Arrow tables), each renamed into place
        whole, without waiting for the disk: :meth:`commit` does that, and only a committed chunk
        counts as done. Safe to run twice at once for one chunk (each writer has its own
        temporary names; the last rename wins, and both wrote the same rows)."""
        unique = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        for name, schema in TABLES.items():
            rows = tables[name]
            table = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows, schema=schema)
            path = self._part(name, index)
            tmp = path.with_name(f".{path.name}.{unique}.tmp")
            pq.write_table(table, tmp)
            os.replace(tmp, path)

    def commit(self, index: int, record: dict) -> None:
        """Make chunk ``index`` done: flush its part files (from :meth:`write_parts`, perhaps by
        another process) to disk, then write its record, flushed too. After a crash a chunk has
        a record only if its parts are complete on disk."""
        for name in TABLES:
            _fsync_file(self._part(name, index))
        _fsync_dir(self.dir)  # the parts' names on disk before the record that vouches for them
        write_json(self._record(index), record)
        _fsync_dir(self.dir)

    def merge(self, n_chunks: int) -> dict[str, int]:
        """Concatenate every chunk's parts into the run's tables, in chunk order."""
        counts = {}
        for name, schema in TABLES.items():
            path = self.out_dir / f"{name}.parquet"
            tmp = _tmp(path)
            count = 0
            with pq.ParquetWriter(tmp, schema) as writer:
                for index in range(n_chunks):
                    table = pq.read_table(self._part(name, index), schema=schema)
                    if table.num_rows:
                        writer.write_table(table)
                        count += table.num_rows
            _fsync_file(tmp)
            os.replace(tmp, path)
            counts[name] = count
        _fsync_dir(self.out_dir)
        return counts

    def remove(self) -> None:
        """Delete the parts folder (after a merge, or before a fresh start)."""
        if self.dir.exists():
            shutil.rmtree(self.dir)


def read_table(run_dir: str | Path, name: str) -> pd.DataFrame:
    """Read one table of a run folder; a missing table reads as empty with the contract columns."""
    path = Path(run_dir) / f"{name}.parquet"
    if not path.exists():
        return TABLES[name].empty_table().to_pandas()
    return pq.read_table(path).to_pandas()
