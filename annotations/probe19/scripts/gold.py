"""Patient-level gold for annotations/probe19 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("R01", "yes", "yes", "injection", "abdomen:left", "2020-02-14", "2019-08", "yes", "PD", "yes", "yes", "no", "yes", "32.8"),
    ("R02", "yes", "yes", "thermal", "knee:right", "2019-02", "2018-12-31", "yes", "HD", "no", "no", "yes", "no", "27.4"),
    ("R03", "yes", "yes", "pressure", "flank:left", "2021-06-07", "", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("R04", "yes", "yes", "procedure", "lower_leg:left", "2021-05", "2021-03-03", "yes", "HD", "no", "no", "yes", "no", ""),
    ("R05", "yes", "yes", "accidental", "elbow:left", "2023-03-30", "2023-03-17", "yes", "HD", "yes", "no", "no", "no", "24.1"),
    ("R06", "yes", "yes", "injection", "buttock:right", "2024-03-25", "2024-01", "yes", "HD", "no", "no", "no", "no", "22.4"),
    ("R07", "yes", "yes", "thermal", "lower_leg:bilateral", "2022-08-02", "2022-06", "yes", "HD", "yes", "yes", "yes", "yes", "30.2"),
    ("R08", "yes", "yes", "pressure", "thigh:right", "2024-10", "2024-09-11", "yes", "HD", "yes", "no", "yes", "yes", "34.6"),
    ("R09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "38.0"),
    ("R10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.5"),
    ("R11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("R12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("R13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.7"),
    ("R14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.0"),
    ("R15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.8"),
    ("R16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.0"),
    ("R17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.4"),
    ("R18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("R19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "22.0"),
    ("R20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "29.6"),
]
