"""Write notes.csv, demographics.csv and gold.csv into annotations/probe2/."""
import csv, datetime as dt, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import notes_part1, notes_part2, notes_part3, gold

PATIENTS = notes_part1.PATIENTS + notes_part2.PATIENTS + notes_part3.PATIENTS


def to_day(s):
    """Day for interval arithmetic: full dates as is, months on the 15th, years -> None."""
    if len(s) == 10:
        return dt.date.fromisoformat(s)
    if len(s) == 7:
        return dt.date.fromisoformat(s + "-15")
    return None


def interval(onset, trauma):
    a, b = to_day(onset), to_day(trauma)
    return "" if a is None or b is None else str((a - b).days)


def main():
    with open(os.path.join(OUT, "notes.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["patient_id", "note_id", "note_date", "note_type", "text"])
        for p in PATIENTS:
            for i, (date, ntype, text) in enumerate(p["notes"], 1):
                w.writerow([p["patient_id"], f"{p['patient_id']}-{i:02d}", date, ntype, text.strip() + "\n"])
    with open(os.path.join(OUT, "demographics.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["patient_id", "age", "sex"])
        for p in PATIENTS:
            w.writerow([p["patient_id"], p["age"], p["sex"]])
    with open(os.path.join(OUT, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(gold.FIELDS)
        for r in gold.ROWS:
            pid, calc, kb, types, sites, onset, tdate, *rf = r
            w.writerow([pid, calc, kb, types, sites, onset, tdate, interval(onset, tdate), *rf])
    print("patients", len(PATIENTS), "notes", sum(len(p["notes"]) for p in PATIENTS))


if __name__ == "__main__":
    main()
