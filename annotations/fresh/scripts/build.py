"""Write notes.csv, demographics.csv and gold.csv for the fresh corpus."""
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from patients_a import PATIENTS as A  # noqa: E402
from patients_b import PATIENTS as B  # noqa: E402
from patients_c import PATIENTS as C  # noqa: E402

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD_COLS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
             "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
             "obesity", "bmi"]
PATIENTS = A + B + C


def main():
    with open(os.path.join(OUT, "notes.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["patient_id", "note_id", "note_date", "note_type", "text"])
        for p in PATIENTS:
            for i, (d, typ, text) in enumerate(p["notes"], 1):
                w.writerow([p["id"], f"{p['id']}-{i:02d}", d, typ, text])
    with open(os.path.join(OUT, "demographics.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["patient_id", "age", "sex"])
        for p in PATIENTS:
            w.writerow([p["id"], p["age"], p["sex"]])
    with open(os.path.join(OUT, "gold.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=GOLD_COLS)
        w.writeheader()
        for p in PATIENTS:
            w.writerow({"patient_id": p["id"], **p["gold"]})
    print(f"{len(PATIENTS)} patients, {sum(len(p['notes']) for p in PATIENTS)} notes")


if __name__ == "__main__":
    main()
