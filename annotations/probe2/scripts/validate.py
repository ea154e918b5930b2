"""Consistency checks on the built CSVs."""
import csv, datetime as dt, os, re, sys
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import to_day
from gold import FIELDS

REGIONS = set("head neck chest breast abdomen flank back buttock groin genitals shoulder upper_arm elbow forearm hand hip thigh knee lower_leg ankle foot".split())
TYPES = {"injection", "thermal", "pressure", "procedure", "accidental"}
errs = []
notes = list(csv.DictReader(open(os.path.join(OUT, "notes.csv"), encoding="utf-8")))
demo = list(csv.DictReader(open(os.path.join(OUT, "demographics.csv"), encoding="utf-8")))
gold = list(csv.DictReader(open(os.path.join(OUT, "gold.csv"), encoding="utf-8")))
with open(os.path.join(OUT, "gold.csv"), encoding="utf-8") as f:
    if next(csv.reader(f)) != FIELDS:
        errs.append("gold header")
ids = [n["note_id"] for n in notes]
if len(ids) != len(set(ids)): errs.append("duplicate note ids")
for n in notes:
    try: dt.date.fromisoformat(n["note_date"])
    except ValueError: errs.append(f"bad date {n['note_id']}")
    if not re.fullmatch(r"Q\d\d-\d\d", n["note_id"]) or not n["note_id"].startswith(n["patient_id"]):
        errs.append(f"bad id {n['note_id']}")
    if not n["text"].strip(): errs.append(f"empty {n['note_id']}")
pids = sorted({n["patient_id"] for n in notes})
gp = [g["patient_id"] for g in gold]
if sorted(gp) != pids or len(gp) != len(set(gp)): errs.append("gold rows != patients")
if sorted(d["patient_id"] for d in demo) != pids: errs.append("demographics rows != patients")
per = {p: sum(n["patient_id"] == p for n in notes) for p in pids}
for p, k in per.items():
    if not 2 <= k <= 4: errs.append(f"{p} has {k} notes")
for g in gold:
    p = g["patient_id"]
    if g["calciphylaxis"] not in {"yes", "possible", "no"}: errs.append(f"{p} calc")
    if g["koebner"] not in {"yes", "no"}: errs.append(f"{p} koebner")
    if g["koebner"] == "yes" and g["calciphylaxis"] != "yes": errs.append(f"{p} koebner without calc")
    match = ["trauma_types", "sites", "lesion_onset", "trauma_date", "interval_days"]
    if g["koebner"] == "no":
        if any(g[m] for m in match): errs.append(f"{p} match fields on koebner=no")
    else:
        t = g["trauma_types"].split(";")
        if not g["trauma_types"] or t != sorted(set(t)) or not set(t) <= TYPES: errs.append(f"{p} types")
        s = g["sites"].split(";")
        if s != sorted(set(s)): errs.append(f"{p} sites order")
        for x in s:
            r, _, l = x.partition(":")
            if r not in REGIONS or l not in {"left", "right", "bilateral", "unspecified"}: errs.append(f"{p} site {x}")
        for m in ("lesion_onset", "trauma_date"):
            if g[m] and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", g[m]): errs.append(f"{p} {m}")
        a, b = to_day(g["lesion_onset"]) if g["lesion_onset"] else None, to_day(g["trauma_date"]) if g["trauma_date"] else None
        exp = str((a - b).days) if a and b else ""
        if g["interval_days"] != exp: errs.append(f"{p} interval {g['interval_days']} != {exp}")
        if exp and int(exp) < 0: errs.append(f"{p} trauma after onset")
    for m in ("esrd", "diabetes", "insulin", "warfarin", "obesity"):
        if g[m] not in {"yes", "no"}: errs.append(f"{p} {m}")
    if g["dialysis"] not in {"HD", "PD", "none"}: errs.append(f"{p} dialysis")
    if (g["dialysis"] != "none") and g["esrd"] != "yes": errs.append(f"{p} dialysis w/o esrd")
    if g["bmi"] and float(g["bmi"]) >= 30 and g["obesity"] != "yes": errs.append(f"{p} bmi>=30 not obese")
    if g["insulin"] == "yes" and g["diabetes"] != "yes": errs.append(f"{p} insulin w/o dm")
from collections import Counter
print("calciphylaxis x koebner:", Counter((g["calciphylaxis"], g["koebner"]) for g in gold))
print("trauma types among koebner=yes:", sorted({t for g in gold for t in g["trauma_types"].split(";") if t}))
print("notes:", len(notes), "patients:", len(pids))
print("ERRORS:" if errs else "OK", *errs, sep="\n  ")
