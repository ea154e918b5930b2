"""Write gold.csv: patient-level labels decided by hand from the guidelines (v1.2)."""
import csv, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COLS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
        "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
        "obesity", "bmi"]
E = ""
ROWS = [
    # id    calci       koeb   types                 sites                 onset         trauma        int   esrd  dial    dm     ins    warf   obes   bmi
    ("H01", "yes",      "yes", "injection",          "abdomen:unspecified", "2022-09-16", "2022-09-06", "10", "yes", "HD",   "yes", "yes", "yes", "yes", "40.8"),
    ("H02", "yes",      "yes", "thermal",            "flank:right",        "2020-12",    "2020-10",    "61", "yes", "PD",   "no",  "no",  "yes", "no",  "27.1"),
    ("H03", "yes",      "yes", "pressure",           "thigh:bilateral",    E,            E,            E,    "yes", "HD",   "yes", "yes", "no",  "yes", "44"),
    ("H04", "yes",      "yes", "procedure",          "abdomen:left",       "2019-06",    "2019-04-10", "66", "yes", "HD",   "yes", "no",  "yes", "no",  "29.4"),
    ("H05", "yes",      "yes", "accidental",         "lower_leg:left",     "2023-02-24", "2023-02-14", "10", "yes", "HD",   "no",  "no",  "yes", "yes", "33.1"),
    ("H06", "yes",      "yes", "injection;pressure", "abdomen:bilateral",  "2021",       "2016",       E,    "yes", "HD",   "yes", "yes", "no",  "yes", "31.8"),
    ("H07", "yes",      "yes", "procedure",          "thigh:right",        E,            E,            E,    "yes", "HD",   "yes", "yes", "yes", "no",  "24"),
    ("H08", "yes",      "yes", "thermal",            "knee:bilateral",     "2018-04",    "2018-01",    "90", "yes", "HD",   "no",  "no",  "no",  "yes", "35.7"),
    ("H09", "yes",      "no",  E, E, E, E, E,                                                                 "yes", "HD",   "yes", "yes", "no",  "no",  "29"),
    ("H10", "yes",      "no",  E, E, E, E, E,                                                                 "yes", "HD",   "no",  "no",  "no",  "yes", "36.0"),
    ("H11", "yes",      "no",  E, E, E, E, E,                                                                 "yes", "HD",   "yes", "yes", "no",  "no",  "28.3"),
    ("H12", "yes",      "no",  E, E, E, E, E,                                                                 "yes", "HD",   "no",  "no",  "yes", "yes", "39.1"),
    ("H13", "yes",      "no",  E, E, E, E, E,                                                                 "yes", "PD",   "yes", "yes", "yes", "yes", "35"),
    ("H14", "possible", "no",  E, E, E, E, E,                                                                 "yes", "HD",   "yes", "no",  "yes", "no",  "26.1"),
    ("H15", "possible", "no",  E, E, E, E, E,                                                                 "yes", "PD",   "yes", "yes", "no",  "yes", "30.4"),
    ("H16", "possible", "no",  E, E, E, E, E,                                                                 "no",  "none", "yes", "no",  "yes", "yes", "31.0"),
    ("H17", "possible", "no",  E, E, E, E, E,                                                                 "yes", "PD",   "no",  "no",  "yes", "no",  "22"),
    ("H18", "no",       "no",  E, E, E, E, E,                                                                 "no",  "none", "no",  "no",  "yes", "yes", "34.9"),
    ("H19", "no",       "no",  E, E, E, E, E,                                                                 "yes", "HD",   "yes", "yes", "no",  "no",  "20.6"),
    ("H20", "no",       "no",  E, E, E, E, E,                                                                 "no",  "none", "yes", "yes", "yes", "yes", "41.9"),
]
with open(os.path.join(OUT, "gold.csv"), "w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh)
    w.writerow(COLS)
    for r in ROWS:
        assert len(r) == len(COLS), r
        w.writerow(r)
print("wrote", len(ROWS), "gold rows")
