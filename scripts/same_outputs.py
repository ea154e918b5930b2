"""Run two versions of koebner on every corpus and check their outputs are identical.

Used to show that a change that should not change behaviour (e.g. reorganising the rule files)
does not: mentions.parquet, links.parquet and patients.csv must be equal, row for row, on every
corpus (the shared dev and real sets, ``annotations/`` and every ``annotations/*/notes.csv``, each
with the ``demographics.csv`` beside it when there is one).

    python scripts/same_outputs.py --base-rev bcd7a19 --out /tmp/same-outputs
    python scripts/same_outputs.py --compare-only --out /tmp/same-outputs   # reuse earlier runs

The base revision is exported with ``git archive`` (no checkout is touched) and both versions
run with the current Python (``python cli.py run ...``). Exit code 0 when every corpus matches,
1 otherwise; differences are listed by corpus and file.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" if (ROOT.parent / "shared").is_dir() else Path("/work/shared")


def _with_demographics(notes: Path) -> tuple[Path, Path | None]:
    demographics = notes.with_name("demographics.csv")
    return notes, demographics if demographics.is_file() else None


# every corpus: the shared dev and real sets, annotations/ itself and each of its splits and
# probes (annotations/*/notes.csv), each with the demographics.csv beside it when there is one
CORPORA = {
    "dev": _with_demographics(SHARED / "eval" / "dev" / "notes.csv"),
    "annotations": _with_demographics(ROOT / "annotations" / "notes.csv"),
    **{notes.parent.name: _with_demographics(notes)
       for notes in sorted((ROOT / "annotations").glob("*/notes.csv"))},
    "real": _with_demographics(SHARED / "eval" / "real" / "notes.csv"),
}
FILES = ("mentions.parquet", "links.parquet", "patients.csv")


def export_revision(rev: str, into: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True,
                             capture_output=True).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def run_corpus(code: Path, notes: Path, demographics: Path | None, out: Path) -> None:
    command = [sys.executable, "cli.py", "run", str(notes), "--out", str(out), "--no-progress"]
    if demographics is not None:
        command += ["--demographics", str(demographics)]
    subprocess.run(command, cwd=code, check=True, stdout=subprocess.DEVNULL)


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str) if path.suffix == ".csv" else pd.read_parquet(path)


def differences(base: Path, new: Path) -> list[str]:
    found = []
    for name in FILES:
        a, b = read(base / name), read(new / name)
        if list(a.columns) != list(b.columns):
            found.append(f"{name}: columns differ")
        elif len(a) != len(b):
            found.append(f"{name}: {len(a)} rows before, {len(b)} after")
        elif not a.equals(b):
            rows = (a.astype(str) != b.astype(str)).any(axis=1)
            found.append(f"{name}: {int(rows.sum())} rows differ (first at row {rows.idxmax()})")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("--base-rev", default="main", help="git revision to compare against")
    parser.add_argument("--out", type=Path, required=True, help="folder for both runs")
    parser.add_argument("--compare-only", action="store_true", help="only compare earlier runs")
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA),
                        help="only these corpora (repeatable)")
    args = parser.parse_args()
    names = args.corpus or list(CORPORA)
    if not args.compare_only:
        with tempfile.TemporaryDirectory() as tmp:
            base_code = export_revision(args.base_rev, Path(tmp))
            for name in names:
                notes, demographics = CORPORA[name]
                for label, code in (("base", base_code), ("new", ROOT)):
                    print(f"{name}: running {label}", flush=True)
                    run_corpus(code, notes, demographics, args.out / label / name)
    failed = False
    for name in names:
        found = differences(args.out / "base" / name, args.out / "new" / name)
        failed |= bool(found)
        print(f"{name}: " + ("identical " + ", ".join(FILES) if not found else "; ".join(found)))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
