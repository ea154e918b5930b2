"""Build, check and compare a patient-level gold corpus written as Python data.

A corpus folder (``annotations/probe``, ``annotations/sealed`` ...) keeps its notes and labels in
``scripts/notes_part*.py`` (``PATIENTS``: patient id, age, sex and dated notes) and
``scripts/gold.py`` (``FIELDS`` and ``ROWS``); this tool turns them into the contract's files and
checks them. One tool for every corpus, so the checks are the same everywhere::

    python scripts/corpus_tools.py build annotations/probe3      # notes.csv, demographics.csv, gold.csv
    python scripts/corpus_tools.py validate annotations/probe3   # consistency checks, exit 1 on an error
    python scripts/corpus_tools.py overlap annotations/probe3    # 6-word sequences shared with other corpora

``overlap`` reads the other corpora's notes only to count shared sequences and prints nothing of
theirs; its point is to show that a corpus was written apart (0 shared sequences).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGIONS = set(
    "head neck chest breast abdomen flank back buttock groin genitals shoulder upper_arm elbow forearm hand "
    "hip thigh knee lower_leg ankle foot".split()
)
TYPES = {"injection", "thermal", "pressure", "procedure", "accidental"}
MATCH = ["trauma_types", "sites", "lesion_onset", "trauma_date", "interval_days"]
N = 6  # words in a shared sequence


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(f"corpus_{path.parent.parent.name}_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def patients(corpus: Path) -> list[dict]:
    """Every patient of the corpus, from its ``scripts/notes_part*.py`` in file-name order."""
    parts = sorted((corpus / "scripts").glob("notes_part*.py"))
    if not parts:
        raise SystemExit(f"{corpus}/scripts: no notes_part*.py")
    return [p for part in parts for p in _module(part).PATIENTS]


def to_day(value: str) -> dt.date | None:
    """The day used for intervals: a full date as is, a month on its 15th, a year: None."""
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    if len(value) == 7:
        return dt.date.fromisoformat(value + "-15")
    return None


def interval(onset: str, trauma: str) -> str:
    """Days from trauma to onset as text, empty when either is year-only or missing."""
    a, b = to_day(onset), to_day(trauma)
    return "" if a is None or b is None else str((a - b).days)


def build(corpus: Path) -> int:
    """Write notes.csv, demographics.csv and gold.csv into the corpus folder."""
    people = patients(corpus)
    gold = _module(corpus / "scripts" / "gold.py")
    with open(corpus / "notes.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["patient_id", "note_id", "note_date", "note_type", "text"])
        for p in people:
            for i, (date, note_type, text) in enumerate(p["notes"], 1):
                w.writerow([p["patient_id"], f"{p['patient_id']}-{i:02d}", date, note_type, text.strip() + "\n"])
    with open(corpus / "demographics.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["patient_id", "age", "sex"])
        for p in people:
            w.writerow([p["patient_id"], p["age"], p["sex"]])
    with open(corpus / "gold.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(gold.FIELDS)
        for row in gold.ROWS:
            pid, calc, koebner, types, sites, onset, trauma_date, *risk = row
            w.writerow([pid, calc, koebner, types, sites, onset, trauma_date, interval(onset, trauma_date), *risk])
    print("patients", len(people), "notes", sum(len(p["notes"]) for p in people))
    return 0


def _read(corpus: Path, name: str) -> list[dict]:
    with open(corpus / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _check_notes(notes: list[dict], errs: list[str]) -> None:
    ids = [n["note_id"] for n in notes]
    if len(ids) != len(set(ids)):
        errs.append("duplicate note ids")
    for n in notes:
        try:
            dt.date.fromisoformat(n["note_date"])
        except ValueError:
            errs.append(f"bad date {n['note_id']}")
        if not re.fullmatch(re.escape(n["patient_id"]) + r"-\d\d", n["note_id"]):
            errs.append(f"bad id {n['note_id']}")
        if not n["text"].strip():
            errs.append(f"empty {n['note_id']}")


def _check_match(g: dict, errs: list[str]) -> None:
    p = g["patient_id"]
    if g["koebner"] == "no":
        if any(g[m] for m in MATCH):
            errs.append(f"{p} match fields on koebner=no")
        return
    types = g["trauma_types"].split(";")
    if not g["trauma_types"] or types != sorted(set(types)) or not set(types) <= TYPES:
        errs.append(f"{p} types")
    sites = g["sites"].split(";")
    if sites != sorted(set(sites)):
        errs.append(f"{p} sites order")
    for site in sites:
        region, _, side = site.partition(":")
        if region not in REGIONS or side not in {"left", "right", "bilateral", "unspecified"}:
            errs.append(f"{p} site {site}")
    for m in ("lesion_onset", "trauma_date"):
        if g[m] and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", g[m]):
            errs.append(f"{p} {m}")
    expected = interval(g["lesion_onset"], g["trauma_date"]) if g["lesion_onset"] and g["trauma_date"] else ""
    if g["interval_days"] != expected:
        errs.append(f"{p} interval {g['interval_days']} != {expected}")
    if expected and int(expected) < 0:
        errs.append(f"{p} trauma after onset")


def _check_gold_row(g: dict, errs: list[str]) -> None:
    p = g["patient_id"]
    if g["calciphylaxis"] not in {"yes", "possible", "no"}:
        errs.append(f"{p} calc")
    if g["koebner"] not in {"yes", "no"}:
        errs.append(f"{p} koebner")
    if g["koebner"] == "yes" and g["calciphylaxis"] != "yes":
        errs.append(f"{p} koebner without calc")
    _check_match(g, errs)
    for m in ("esrd", "diabetes", "insulin", "warfarin", "obesity"):
        if g[m] not in {"yes", "no"}:
            errs.append(f"{p} {m}")
    if g["dialysis"] not in {"HD", "PD", "none"}:
        errs.append(f"{p} dialysis")
    if g["dialysis"] != "none" and g["esrd"] != "yes":
        errs.append(f"{p} dialysis w/o esrd")
    if g["bmi"] and float(g["bmi"]) >= 30 and g["obesity"] != "yes":
        errs.append(f"{p} bmi>=30 not obese")
    if g["insulin"] == "yes" and g["diabetes"] != "yes":
        errs.append(f"{p} insulin w/o dm")


def validate(corpus: Path) -> int:
    """Check the built files against each other and the guidelines' vocabularies; 1 on an error."""
    errs: list[str] = []
    notes, demo, gold = (_read(corpus, n) for n in ("notes.csv", "demographics.csv", "gold.csv"))
    fields = _module(corpus / "scripts" / "gold.py").FIELDS
    with open(corpus / "gold.csv", encoding="utf-8") as f:
        if next(csv.reader(f)) != fields:
            errs.append("gold header")
    _check_notes(notes, errs)
    pids = sorted({n["patient_id"] for n in notes})
    gold_ids = [g["patient_id"] for g in gold]
    if sorted(gold_ids) != pids or len(gold_ids) != len(set(gold_ids)):
        errs.append("gold rows != patients")
    if sorted(d["patient_id"] for d in demo) != pids:
        errs.append("demographics rows != patients")
    for p in pids:
        k = sum(n["patient_id"] == p for n in notes)
        if not 2 <= k <= 4:
            errs.append(f"{p} has {k} notes")
    for g in gold:
        _check_gold_row(g, errs)
    print("calciphylaxis x koebner:", dict(Counter((g["calciphylaxis"], g["koebner"]) for g in gold)))
    print("notes:", len(notes), "patients:", len(pids))
    print("ERRORS:" if errs else "OK", *errs, sep="\n  ")
    return 1 if errs else 0


def _grams(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {" ".join(words[i:i + N]) for i in range(len(words) - N + 1)}


def overlap(corpus: Path, dev: Path) -> int:
    """Print our 6-word sequences that also occur in the dev notes or another corpus's notes."""
    csv.field_size_limit(10**9)
    ours: dict[str, set[str]] = {}
    for row in _read(corpus, "notes.csv"):
        for g in _grams(row["text"]):
            ours.setdefault(g, set()).add(row["note_id"])
    others = [p for p in sorted((ROOT / "annotations").glob("**/notes.csv"))
              if corpus.resolve() not in p.resolve().parents]
    if dev.is_file():
        others.append(dev)
    else:  # say so: a count without the dev notes must not read as independence from them
        print(f"warning: dev notes not found at {dev}; pass --dev PATH to compare with them", file=sys.stderr)
    theirs: set[str] = set()
    for path in others:
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                theirs |= _grams(row.get("text", ""))
    shared = sorted(set(ours) & theirs)
    for g in shared:
        print(g, "|", ",".join(sorted(ours[g])))
    print(len(shared), "shared 6-word sequences", f"(against {len(others)} notes files)")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command line: ``build | validate | overlap CORPUS_DIR``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["build", "validate", "overlap"])
    parser.add_argument("corpus", type=Path, help="corpus folder, e.g. annotations/probe3")
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev" / "notes.csv",
                        help="the development notes to compare with (overlap)")
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    if not (corpus / "scripts" / "gold.py").is_file():
        parser.error(f"{args.corpus}: no scripts/gold.py (not a corpus written as Python data)")
    if args.action == "build":
        return build(corpus)
    if args.action == "validate":
        return validate(corpus)
    return overlap(corpus, args.dev)


if __name__ == "__main__":
    sys.exit(main())
