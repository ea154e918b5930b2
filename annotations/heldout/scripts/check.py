"""Consistency checks for the held-out corpus (notes.csv, demographics.csv, gold.csv)."""
import csv, datetime as dt, os, re, sys
from collections import Counter, defaultdict
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REGIONS = set("head neck chest breast abdomen flank back buttock groin genitals shoulder upper_arm elbow "
              "forearm hand hip thigh knee lower_leg ankle foot".split())
LATS = {"left", "right", "bilateral", "unspecified"}
TYPES = {"injection", "thermal", "pressure", "procedure", "accidental"}
errors = []
def err(m): errors.append(m)

def read(name):
    with open(os.path.join(D, name), newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))

notes, demo, gold = read("notes.csv"), read("demographics.csv"), read("gold.csv")

# notes
ids = Counter(n["note_id"] for n in notes)
for k, v in ids.items():
    if v > 1: err(f"duplicate note_id {k}")
per_patient = defaultdict(list)
for n in notes:
    try:
        dt.date.fromisoformat(n["note_date"])
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", n["note_date"]): raise ValueError
    except ValueError:
        err(f"{n['note_id']}: note_date not ISO: {n['note_date']!r}")
    if not n["note_id"].startswith(n["patient_id"] + "-"): err(f"{n['note_id']}: id/patient mismatch")
    if not n["text"].strip(): err(f"{n['note_id']}: empty text")
    per_patient[n["patient_id"]].append(n)
for p, ns in per_patient.items():
    if not 2 <= len(ns) <= 5: err(f"{p}: {len(ns)} notes")

# demographics
if sorted(d["patient_id"] for d in demo) != sorted(per_patient): err("demographics patients != notes patients")

# gold
gp = [g["patient_id"] for g in gold]
if len(gp) != len(set(gp)): err("duplicate gold patient")
if sorted(gp) != sorted(per_patient): err("gold patients != notes patients")

def parse(v):
    """Return (date for interval or None, precision)."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v): return dt.date.fromisoformat(v), "day"
    if re.fullmatch(r"\d{4}-\d{2}", v): return dt.date.fromisoformat(v + "-15"), "month"
    if re.fullmatch(r"\d{4}", v): return None, "year"
    if v == "": return None, "none"
    raise ValueError(v)

for g in gold:
    p = g["patient_id"]
    if g["calciphylaxis"] not in {"yes", "possible", "no"}: err(f"{p}: calciphylaxis value")
    if g["koebner"] not in {"yes", "no"}: err(f"{p}: koebner value")
    if g["koebner"] == "yes" and g["calciphylaxis"] != "yes": err(f"{p}: koebner yes without calciphylaxis yes")
    match_fields = ["trauma_types", "sites", "lesion_onset", "trauma_date", "interval_days"]
    if g["koebner"] == "no":
        for f in match_fields:
            if g[f]: err(f"{p}: {f} must be empty when koebner=no")
        continue
    tt = g["trauma_types"].split(";")
    if not g["trauma_types"] or tt != sorted(set(tt)) or not set(tt) <= TYPES: err(f"{p}: trauma_types {tt}")
    ss = g["sites"].split(";")
    if not g["sites"] or ss != sorted(set(ss)): err(f"{p}: sites not sorted/unique")
    for s in ss:
        r, _, l = s.partition(":")
        if r not in REGIONS or l not in LATS: err(f"{p}: bad site {s}")
    try:
        od, op = parse(g["lesion_onset"]); td, tp = parse(g["trauma_date"])
    except ValueError as e:
        err(f"{p}: bad date {e}"); continue
    if od and td:
        exp = (od - td).days
        if g["interval_days"] != str(exp): err(f"{p}: interval_days {g['interval_days']!r} != {exp}")
        if exp < 0: err(f"{p}: trauma after lesion onset")
    elif g["interval_days"]:
        err(f"{p}: interval_days given but a date is missing or year-only")

for g in gold:
    p = g["patient_id"]
    for f in ["esrd", "diabetes", "insulin", "warfarin", "obesity"]:
        if g[f] not in {"yes", "no"}: err(f"{p}: {f}={g[f]!r}")
    if g["dialysis"] not in {"HD", "PD", "none"}: err(f"{p}: dialysis={g['dialysis']!r}")
    if g["dialysis"] != "none" and g["esrd"] != "yes": err(f"{p}: dialysis without esrd")
    if g["insulin"] == "yes" and g["diabetes"] != "yes": err(f"{p}: insulin without diabetes")
    # last stated BMI, from the notes in date order
    last = None
    for n in sorted(per_patient[p], key=lambda n: (n["note_date"], n["note_id"])):
        for m in re.finditer(r"(?:BMI|body mass index)\D{0,12}?(\d{2}(?:\.\d)?)", n["text"], re.I):
            last = m.group(1)
    if (last or "") != g["bmi"]: err(f"{p}: gold bmi {g['bmi']!r} but last stated {last!r}")
    if g["bmi"] and float(g["bmi"]) >= 30 and g["obesity"] != "yes": err(f"{p}: BMI>=30 but obesity no")

print(f"{len(notes)} notes, {len(per_patient)} patients, {len(gold)} gold rows")
print(Counter(g['calciphylaxis'] + '/' + g['koebner'] for g in gold))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("all checks passed")
