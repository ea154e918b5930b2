"""Are two run folders' outputs identical? For speed work, which must not change any output.

    python benchmarks/compare_runs.py /tmp/base14/dev runs/dev-after [more pairs ...]

Compares mentions.parquet, relations.parquet, links.parquet (as tables: the same rows, values
and order) and patients.csv (byte for byte) of each pair; exit status 1 on any difference.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq

TABLES = ("mentions", "relations", "links")


def differences(before: Path, after: Path) -> list[str]:
    found = []
    for name in TABLES:
        a, b = pq.read_table(before / f"{name}.parquet"), pq.read_table(after / f"{name}.parquet")
        if not a.equals(b):
            found.append(f"{name}.parquet differs ({a.num_rows} vs {b.num_rows} rows)")
    if (before / "patients.csv").read_bytes() != (after / "patients.csv").read_bytes():
        found.append("patients.csv differs")
    return found


def main(argv: list[str]) -> int:
    if len(argv) < 2 or len(argv) % 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    failed = False
    for before, after in zip(argv[::2], argv[1::2]):
        found = differences(Path(before), Path(after))
        failed |= bool(found)
        print(f"{before} vs {after}: " + ("identical" if not found else "; ".join(found)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
