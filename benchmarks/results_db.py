"""How long the results database takes: ``write_results`` on a large run folder.

A finished run folder (e.g. `make demo`'s runs/demo) is tiled ``--copies`` times, with note,
patient and mention ids renamed per copy (note ids stay integers, so NOTE_NLP is written too),
then results.duckdb (and, with --db, the PostgreSQL tables) are written and timed.

    .venv/bin/python benchmarks/results_db.py runs/demo --copies 1000 --workdir /tmp/bench-db
    PGPASSWORD=... .venv/bin/python benchmarks/results_db.py runs/demo --copies 1000 \\
        --workdir /tmp/bench-db --db postgresql://USER@HOST/DATABASE
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.db.results import write_results  # noqa: E402

ID_COLUMNS = {"note_id", "patient_id", "mention_id", "arg1", "arg2", "trauma_id", "lesion_id"}


def tile(run: Path, out: Path, copies: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    notes = pq.read_table(run / "notes.parquet").to_pandas()
    number = {nid: i + 1 for i, nid in enumerate(notes.note_id)}   # integer note ids

    def renamed(frame: pd.DataFrame, copy: int) -> pd.DataFrame:
        frame = frame.copy()
        for column in ID_COLUMNS & set(frame.columns):
            frame[column] = frame[column].map(lambda v, c=copy: _rename(v, c, number))
        return frame

    for name in ("notes", "mentions", "relations", "facts", "links"):
        table = pq.read_table(run / f"{name}.parquet").to_pandas()
        pd.concat([renamed(table, c) for c in range(copies)], ignore_index=True) \
            .to_parquet(out / f"{name}.parquet", index=False)
    patients = pd.read_csv(run / "patients.csv", dtype=str, keep_default_na=False)
    pd.concat([renamed(patients, c) for c in range(copies)], ignore_index=True) \
        .to_csv(out / "patients.csv", index=False)
    shutil.copy(run / "run.json", out / "run.json")


def _rename(value, copy: int, number: dict) -> str | None:
    if value is None or value == "":
        return value
    head, sep, tail = str(value).partition(":")
    if head in number:
        head = str(copy * 100_000 + number[head])
    else:
        head = f"{head}-{copy}"
    return head + sep + tail


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("--copies", type=int, default=1000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/bench-results-db"))
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    folder = args.workdir / "run"
    tile(args.run, folder, args.copies)
    started = time.perf_counter()
    summary = write_results(folder)
    duck = time.perf_counter() - started
    rows = sum(summary.tables.values())
    print(f"tables: {summary.tables}")
    print(f"results.duckdb + note_nlp.parquet: {duck:.1f} s ({rows / duck:,.0f} rows/s)")
    if args.db:
        started = time.perf_counter()
        write_results(folder, args.db, "bench")
        both = time.perf_counter() - started
        print(f"with PostgreSQL too: {both:.1f} s; PostgreSQL alone about {both - duck:.1f} s "
              f"({rows / max(both - duck, 1e-9):,.0f} rows/s)")


if __name__ == "__main__":
    main()
