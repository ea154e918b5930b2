"""Consistency checks on the fresh corpus CSVs."""
import csv
import datetime as dt
import os
import re
import sys

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
        "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
        "obesity", "bmi"]
REGIONS = set("head neck chest breast abdomen flank back buttock groin genitals shoulder upper_arm "
              "elbow forearm hand hip thigh knee lower_leg ankle foot".split())
TYPES = {"injection", "thermal", "pressure", "procedure", "accidental"}
errs = []


def read(name):
    with open(os.path.join(D, name), newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        return r.fieldnames, list(r)


def anchor(s):
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        return dt.date.fromisoformat(s), "day"
    if re.fullmatch(r"\d{4}-\d{2}", s):
        return dt.date.fromisoformat(s + "-15"), "month"
    if re.fullmatch(r"\d{4}", s):
        return None, "year"
    return None, "bad"


_, notes = read("notes.csv")
_, demo = read("demographics.csv")
gcols, gold = read("gold.csv")
if gcols != COLS:
    errs.append(f"gold columns {gcols}")
ids = [n["note_id"] for n in notes]
if len(ids) != len(set(ids)):
    errs.append("duplicate note ids")
for n in notes:
    try:
        dt.date.fromisoformat(n["note_date"])
    except ValueError:
        errs.append(f"{n['note_id']} bad date")
    if not n["note_id"].startswith(n["patient_id"] + "-"):
        errs.append(f"{n['note_id']} id/patient mismatch")
pids = [g["patient_id"] for g in gold]
if len(pids) != len(set(pids)):
    errs.append("duplicate gold rows")
if set(pids) != {n["patient_id"] for n in notes} or set(pids) != {d["patient_id"] for d in demo}:
    errs.append("patient sets differ across files")
per = {}
for n in notes:
    per[n["patient_id"]] = per.get(n["patient_id"], 0) + 1
for p, k in per.items():
    if not 2 <= k <= 4:
        errs.append(f"{p} has {k} notes")
for g in gold:
    p = g["patient_id"]
    if g["calciphylaxis"] not in {"yes", "possible", "no"} or g["koebner"] not in {"yes", "no"}:
        errs.append(f"{p} bad class")
    if g["koebner"] == "yes" and g["calciphylaxis"] != "yes":
        errs.append(f"{p} koebner yes without calciphylaxis yes")
    match = ["trauma_types", "sites", "lesion_onset", "trauma_date", "interval_days"]
    if g["koebner"] == "no":
        if any(g[c] for c in match):
            errs.append(f"{p} match fields filled with koebner=no")
    else:
        tt = g["trauma_types"].split(";")
        if not tt[0] or tt != sorted(tt) or not set(tt) <= TYPES:
            errs.append(f"{p} trauma_types {g['trauma_types']}")
        ss = g["sites"].split(";")
        if ss != sorted(ss) or not all(s.split(":")[0] in REGIONS and s.split(":")[1] in
                                       {"left", "right", "bilateral", "unspecified"} for s in ss):
            errs.append(f"{p} sites {g['sites']}")
        (lo, lp), (tr, tp) = anchor(g["lesion_onset"]), anchor(g["trauma_date"])
        if g["lesion_onset"] and lp == "bad" or g["trauma_date"] and tp == "bad":
            errs.append(f"{p} bad date precision")
        if lo and tr:
            exp = str((lo - tr).days)
            if g["interval_days"] != exp:
                errs.append(f"{p} interval {g['interval_days']} != {exp}")
            if (lo - tr).days < 0:
                errs.append(f"{p} trauma after lesion")
        elif g["interval_days"]:
            errs.append(f"{p} interval given without day/month dates")
    for c in ["esrd", "diabetes", "insulin", "warfarin", "obesity"]:
        if g[c] not in {"yes", "no"}:
            errs.append(f"{p} {c}={g[c]}")
    if g["dialysis"] not in {"HD", "PD", "none"}:
        errs.append(f"{p} dialysis={g['dialysis']}")
    if g["dialysis"] != "none" and g["esrd"] != "yes":
        errs.append(f"{p} dialysis without esrd")
    if g["insulin"] == "yes" and g["diabetes"] != "yes":
        errs.append(f"{p} insulin without diabetes")
    if g["bmi"] and (float(g["bmi"]) >= 30) != (g["obesity"] == "yes") and g["obesity"] == "no":
        errs.append(f"{p} bmi>=30 but obesity no")
print("\n".join(errs) if errs else f"OK: {len(gold)} patients, {len(notes)} notes")
sys.exit(1 if errs else 0)
