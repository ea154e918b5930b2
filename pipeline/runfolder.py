"""The run folder of the contract: Parquet tables written in streamed chunks, and run.json.

Files are written under a temporary name and renamed when complete, so a reader never sees a
half-written table.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .records import Fact, Mention, Relation

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


class TableWriter:
    """Append rows to one Parquet file, a row group per flush; atomic rename on close."""

    def __init__(self, path: Path, schema: pa.Schema, flush_rows: int = 20_000):
        self.path = path
        self.tmp = path.with_name(f".{path.name}.tmp")
        self.schema = schema
        self.flush_rows = flush_rows
        self.rows: list[dict[str, Any]] = []
        self.writer = pq.ParquetWriter(self.tmp, schema)
        self.count = 0

    def extend(self, rows) -> None:
        self.rows.extend(rows)
        if len(self.rows) >= self.flush_rows:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.count += len(self.rows)
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.writer.close()
        self.tmp.unlink(missing_ok=True)


class RunWriter:
    """Writes notes, mentions, relations and facts of a run as the extraction streams by."""

    def __init__(self, out_dir: str | Path, redact: bool = False):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.redact = redact
        self.writers = {name: TableWriter(self.out_dir / f"{name}.parquet", schema)
                        for name, schema in TABLES.items()}

    def add(self, extraction) -> None:
        note = extraction.note
        self.writers["notes"].extend([{
            "patient_id": note.patient_id, "note_id": note.note_id, "note_date": note.note_date,
            "note_type": note.note_type, "text": REDACTED if self.redact else note.text,
        }])
        self.writers["mentions"].extend(self._rows(extraction.mentions))
        self.writers["relations"].extend(asdict(r) for r in extraction.relations)
        self.writers["facts"].extend(self._rows(extraction.facts))

    def _rows(self, records: tuple[Mention, ...] | tuple[Fact, ...]):
        for record in records:
            row = asdict(record)
            if self.redact:
                row["text"] = REDACTED
            yield row

    def close(self) -> dict[str, int]:
        for writer in self.writers.values():
            writer.close()
        return {name: writer.count for name, writer in self.writers.items()}

    def abort(self) -> None:
        for writer in self.writers.values():
            writer.abort()


def write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=False, default=str) + "\n")
    os.replace(tmp, path)


def read_table(run_dir: str | Path, name: str) -> pd.DataFrame:
    """Read one table of a run folder; a missing table reads as empty with the contract columns."""
    path = Path(run_dir) / f"{name}.parquet"
    if not path.exists():
        return TABLES[name].empty_table().to_pandas()
    return pq.read_table(path).to_pandas()
