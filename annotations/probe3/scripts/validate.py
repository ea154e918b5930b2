"""Consistency checks on the built CSVs (as annotations/probe/, with note ids Vnn-nn)."""
import csv
import datetime as dt
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import to_day  # noqa: E402
from gold import FIELDS  # noqa: E402

REGIONS = set(
    "head neck chest breast abdomen flank back buttock groin genitals shoulder upper_arm elbow forearm hand "
    "hip thigh knee lower_leg ankle foot".split()
)
TYPES = {"injection", "thermal", "pressure", "procedure", "accidental"}
MATCH = ["trauma_types", "sites", "lesion_onset", "trauma_date", "interval_days"]


def read(name):
    """Rows of one of the corpus CSVs as dicts."""
    with open(os.path.join(OUT, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def check_notes(notes, errs):
    """Note ids, dates and texts."""
    ids = [n["note_id"] for n in notes]
    if len(ids) != len(set(ids)):
        errs.append("duplicate note ids")
    for n in notes:
        try:
            dt.date.fromisoformat(n["note_date"])
        except ValueError:
            errs.append(f"bad date {n['note_id']}")
        if not re.fullmatch(r"V\d\d-\d\d", n["note_id"]) or not n["note_id"].startswith(n["patient_id"]):
            errs.append(f"bad id {n['note_id']}")
        if not n["text"].strip():
            errs.append(f"empty {n['note_id']}")


def check_match(g, errs):
    """The Koebner match fields of one gold row."""
    p = g["patient_id"]
    if g["koebner"] == "no":
        if any(g[m] for m in MATCH):
            errs.append(f"{p} match fields on koebner=no")
        return
    t = g["trauma_types"].split(";")
    if not g["trauma_types"] or t != sorted(set(t)) or not set(t) <= TYPES:
        errs.append(f"{p} types")
    s = g["sites"].split(";")
    if s != sorted(set(s)):
        errs.append(f"{p} sites order")
    for x in s:
        region, _, side = x.partition(":")
        if region not in REGIONS or side not in {"left", "right", "bilateral", "unspecified"}:
            errs.append(f"{p} site {x}")
    for m in ("lesion_onset", "trauma_date"):
        if g[m] and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", g[m]):
            errs.append(f"{p} {m}")
    a = to_day(g["lesion_onset"]) if g["lesion_onset"] else None
    b = to_day(g["trauma_date"]) if g["trauma_date"] else None
    exp = str((a - b).days) if a and b else ""
    if g["interval_days"] != exp:
        errs.append(f"{p} interval {g['interval_days']} != {exp}")
    if exp and int(exp) < 0:
        errs.append(f"{p} trauma after onset")


def check_gold_row(g, errs):
    """Labels and risk factors of one gold row."""
    p = g["patient_id"]
    if g["calciphylaxis"] not in {"yes", "possible", "no"}:
        errs.append(f"{p} calc")
    if g["koebner"] not in {"yes", "no"}:
        errs.append(f"{p} koebner")
    if g["koebner"] == "yes" and g["calciphylaxis"] != "yes":
        errs.append(f"{p} koebner without calc")
    check_match(g, errs)
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


def main():
    """Run every check, print the label counts and OK or the errors."""
    errs = []
    notes, demo, gold = read("notes.csv"), read("demographics.csv"), read("gold.csv")
    with open(os.path.join(OUT, "gold.csv"), encoding="utf-8") as f:
        if next(csv.reader(f)) != FIELDS:
            errs.append("gold header")
    check_notes(notes, errs)
    pids = sorted({n["patient_id"] for n in notes})
    gp = [g["patient_id"] for g in gold]
    if sorted(gp) != pids or len(gp) != len(set(gp)):
        errs.append("gold rows != patients")
    if sorted(d["patient_id"] for d in demo) != pids:
        errs.append("demographics rows != patients")
    for p in pids:
        k = sum(n["patient_id"] == p for n in notes)
        if not 2 <= k <= 4:
            errs.append(f"{p} has {k} notes")
    for g in gold:
        check_gold_row(g, errs)
    print("calciphylaxis x koebner:", Counter((g["calciphylaxis"], g["koebner"]) for g in gold))
    print("trauma types among koebner=yes:", sorted({t for g in gold for t in g["trauma_types"].split(";") if t}))
    print("notes:", len(notes), "patients:", len(pids))
    print("ERRORS:" if errs else "OK", *errs, sep="\n  ")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
