"""Write notes.csv, demographics.csv and gold.csv for the 'unseen' corpus.

Run from anywhere:  python3 scripts/build.py
Gold values below were decided by hand from annotation-guidelines.md (sections 4, 6, 7).
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import notes_a, notes_b, notes_c  # noqa: E402

NOTES = notes_a.NOTES + notes_b.NOTES + notes_c.NOTES

DEMOGRAPHICS = [
    ("U01", 63, "F"), ("U02", 71, "M"), ("U03", 58, "M"), ("U04", 49, "F"),
    ("U05", 66, "M"), ("U06", 52, "F"), ("U07", 74, "M"), ("U08", 45, "F"),
    ("U09", 68, "F"), ("U10", 61, "M"), ("U11", 57, "F"), ("U12", 70, "M"),
    ("U13", 60, "F"), ("U14", 64, "M"), ("U15", 55, "F"), ("U16", 67, "M"),
    ("U17", 59, "F"), ("U18", 72, "M"), ("U19", 81, "F"), ("U20", 54, "M"),
    ("U21", 48, "F"), ("U22", 76, "M"), ("U23", 42, "F"), ("U24", 69, "M"),
]

GOLD_COLS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites",
             "lesion_onset", "trauma_date", "interval_days", "esrd", "dialysis",
             "diabetes", "insulin", "warfarin", "obesity", "bmi"]

# patient_id, calciphylaxis, koebner, trauma_types, sites, lesion_onset, trauma_date,
# interval_days, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
GOLD = [
    # calciphylaxis yes + koebner yes
    ("U01", "yes", "yes", "injection", "abdomen:unspecified", "2021-04-21", "2011", "",
     "yes", "HD", "yes", "yes", "no", "yes", "38.6"),
    ("U02", "yes", "yes", "thermal", "lower_leg:left", "2020-02", "2020-01", "31",
     "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("U03", "yes", "yes", "pressure", "lower_leg:right;thigh:right", "", "", "",
     "yes", "PD", "no", "no", "yes", "yes", "31.5"),
    ("U04", "yes", "yes", "procedure", "abdomen:right", "2019-09-03", "2019-08-02", "32",
     "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("U05", "yes", "yes", "accidental;thermal", "lower_leg:left", "2022-10-11", "2022-10-03", "8",
     "yes", "HD", "yes", "no", "no", "no", "29.4"),
    ("U06", "yes", "yes", "injection;thermal", "abdomen:bilateral", "2023-02", "2023-01-09", "37",
     "no", "none", "no", "no", "yes", "yes", "45.8"),
    ("U07", "yes", "yes", "injection", "upper_arm:right", "2021-10-26", "2021-10-14", "12",
     "yes", "HD", "yes", "no", "no", "no", "26.8"),
    ("U08", "yes", "yes", "thermal", "thigh:bilateral", "", "", "",
     "yes", "HD", "no", "no", "yes", "no", "22"),
    ("U09", "yes", "yes", "pressure", "forearm:left", "2019-05", "2017", "",
     "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("U10", "yes", "yes", "procedure", "lower_leg:left;thigh:left", "", "", "",
     "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    # calciphylaxis yes + koebner no (traps)
    ("U11", "yes", "no", "", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.7"),
    ("U12", "yes", "no", "", "", "", "", "", "yes", "HD", "no", "no", "no", "no", ""),
    ("U13", "yes", "no", "", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.9"),
    ("U14", "yes", "no", "", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.0"),
    ("U15", "yes", "no", "", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.1"),
    ("U16", "yes", "no", "", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.5"),
    # calciphylaxis possible
    ("U17", "possible", "no", "", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.4"),
    ("U18", "possible", "no", "", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.1"),
    ("U19", "possible", "no", "", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "21.0"),
    ("U20", "possible", "no", "", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", ""),
    # calciphylaxis no
    ("U21", "no", "no", "", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "37"),
    ("U22", "no", "no", "", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "28.2"),
    ("U23", "no", "no", "", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.4"),
    ("U24", "no", "no", "", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "39.6"),
]


def main():
    with open(os.path.join(OUT, "notes.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(["patient_id", "note_id", "note_date", "note_type", "text"])
        for row in NOTES:
            w.writerow(row)
    with open(os.path.join(OUT, "demographics.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["patient_id", "age", "sex"])
        for row in DEMOGRAPHICS:
            w.writerow(row)
    with open(os.path.join(OUT, "gold.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(GOLD_COLS)
        for row in GOLD:
            assert len(row) == len(GOLD_COLS), row
            w.writerow(row)
    print(f"wrote {len(NOTES)} notes, {len(DEMOGRAPHICS)} demographics rows, {len(GOLD)} gold rows")


if __name__ == "__main__":
    main()
