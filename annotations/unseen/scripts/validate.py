"""Validate the unseen corpus files against the contract and guideline rules.

Checks: columns, one gold row per patient, patients consistent across files, unique note_ids
with the PID-NN pattern, ISO dates, 2-5 notes per patient, koebner=yes only with
calciphylaxis=yes, match fields empty when koebner=no, sorted ;-lists, allowed values,
interval_days recomputed from lesion_onset / trauma_date (15th for a month, empty when either
is year-only or missing).
"""
import csv
import datetime as dt
import os
import re
import sys
from collections import Counter

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD_COLS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites",
             "lesion_onset", "trauma_date", "interval_days", "esrd", "dialysis",
             "diabetes", "insulin", "warfarin", "obesity", "bmi"]
REGIONS = {"head", "neck", "chest", "breast", "abdomen", "flank", "back", "buttock", "groin",
           "genitals", "shoulder", "upper_arm", "elbow", "forearm", "hand", "hip", "thigh",
           "knee", "lower_leg", "ankle", "foot"}
LATS = {"left", "right", "bilateral", "unspecified"}
TTYPES = {"injection", "thermal", "pressure", "procedure", "accidental"}
errors = []


def err(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(OUT, name), newline="", encoding="utf-8") as fh:
        r = csv.reader(fh)
        header = next(r)
        rows = [dict(zip(header, row)) for row in r]
        return header, rows


def parse_partial(s):
    """Return (date, precision) for YYYY, YYYY-MM, YYYY-MM-DD; None for empty."""
    if not s:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return dt.date.fromisoformat(s), "day"
    if re.fullmatch(r"\d{4}-\d{2}", s):
        y, m = map(int, s.split("-"))
        return dt.date(y, m, 15), "month"
    if re.fullmatch(r"\d{4}", s):
        return dt.date(int(s), 7, 1), "year"
    raise ValueError(s)


nh, notes = read("notes.csv")
if nh != ["patient_id", "note_id", "note_date", "note_type", "text"]:
    err(f"notes.csv header {nh}")
dh, demo = read("demographics.csv")
if dh != ["patient_id", "age", "sex"]:
    err(f"demographics header {dh}")
gh, gold = read("gold.csv")
if gh != GOLD_COLS:
    err(f"gold header {gh}")

ids = Counter(n["note_id"] for n in notes)
for k, v in ids.items():
    if v > 1:
        err(f"duplicate note_id {k}")
for n in notes:
    if not re.fullmatch(r"U\d{2}-\d{2}", n["note_id"]) or not n["note_id"].startswith(n["patient_id"] + "-"):
        err(f"bad note_id {n['note_id']} for {n['patient_id']}")
    try:
        dt.date.fromisoformat(n["note_date"])
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", n["note_date"])
    except Exception:
        err(f"bad note_date {n['note_date']} in {n['note_id']}")
    if not n["text"].strip():
        err(f"empty text {n['note_id']}")

per_pt = Counter(n["patient_id"] for n in notes)
expected = {f"U{i:02d}" for i in range(1, 25)}
if set(per_pt) != expected:
    err(f"note patients {sorted(set(per_pt) ^ expected)}")
for p, c in per_pt.items():
    if not 2 <= c <= 5:
        err(f"{p} has {c} notes")
gp = Counter(g["patient_id"] for g in gold)
if set(gp) != expected or any(v != 1 for v in gp.values()):
    err("gold must have exactly one row per patient U01-U24")
if {d["patient_id"] for d in demo} != expected or len(demo) != 24:
    err("demographics must have one row per patient")
for d in demo:
    if not d["age"].isdigit() or d["sex"] not in {"M", "F"}:
        err(f"bad demographics {d}")

for g in gold:
    p = g["patient_id"]
    if g["calciphylaxis"] not in {"yes", "possible", "no"}:
        err(f"{p} calciphylaxis value")
    if g["koebner"] not in {"yes", "no"}:
        err(f"{p} koebner value")
    if g["koebner"] == "yes" and g["calciphylaxis"] != "yes":
        err(f"{p} koebner yes without calciphylaxis yes")
    match_fields = ["trauma_types", "sites", "lesion_onset", "trauma_date", "interval_days"]
    if g["koebner"] == "no":
        for f in match_fields:
            if g[f]:
                err(f"{p} {f} must be empty when koebner=no")
    else:
        tt = g["trauma_types"].split(";")
        if not g["trauma_types"] or tt != sorted(set(tt)) or not set(tt) <= TTYPES:
            err(f"{p} trauma_types {g['trauma_types']}")
        ss = g["sites"].split(";")
        if not g["sites"] or ss != sorted(set(ss)):
            err(f"{p} sites not sorted/unique {g['sites']}")
        for s in ss:
            reg, _, lat = s.partition(":")
            if reg not in REGIONS or lat not in LATS:
                err(f"{p} bad site {s}")
        lo = parse_partial(g["lesion_onset"])
        tr = parse_partial(g["trauma_date"])
        want = ""
        if lo and tr and lo[1] in ("day", "month") and tr[1] in ("day", "month"):
            want = str((lo[0] - tr[0]).days)
            if int(want) < 0:
                err(f"{p} trauma after lesion onset")
        if g["interval_days"] != want:
            err(f"{p} interval_days {g['interval_days']!r}, expected {want!r}")
    for f in ["esrd", "diabetes", "insulin", "warfarin", "obesity"]:
        if g[f] not in {"yes", "no"}:
            err(f"{p} {f} value {g[f]}")
    if g["dialysis"] not in {"HD", "PD", "none"}:
        err(f"{p} dialysis value")
    if (g["dialysis"] != "none") and g["esrd"] != "yes":
        err(f"{p} dialysis without esrd")
    if g["bmi"]:
        b = float(g["bmi"])
        if b >= 30 and g["obesity"] != "yes":
            err(f"{p} bmi >= 30 but obesity no")

mix = Counter((g["calciphylaxis"], g["koebner"]) for g in gold)
print("mix:", dict(mix))
print("notes:", len(notes), "per patient:", dict(sorted(per_pt.items())))
if errors:
    print("ERRORS:")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("all checks passed")
