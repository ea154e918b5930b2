"""Patient-level gold for annotations/probe114 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("J01", "yes", "yes", "injection", "buttock:right", "2019-10-30", "2019-09-12", "yes", "PD", "no", "no", "no", "yes", "34.1"),
    ("J02", "yes", "yes", "thermal", "lower_leg:bilateral", "2021-11-26", "2021", "yes", "HD", "yes", "yes", "no", "no", "29.8"),
    ("J03", "yes", "yes", "pressure", "flank:left", "2023-04", "2023-03-02", "yes", "HD", "no", "no", "yes", "yes", "40.6"),
    ("J04", "yes", "yes", "procedure", "chest:right", "2020-07", "2020-06-08", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("J05", "yes", "yes", "accidental", "thigh:left", "2024-09-10", "2024-09-02", "yes", "PD", "no", "no", "yes", "no", "26.9"),
    ("J06", "yes", "yes", "injection", "abdomen:bilateral", "2022-03-11", "2022-02-14", "yes", "HD", "yes", "yes", "yes", "yes", "34.8"),
    ("J07", "yes", "yes", "injection", "upper_arm:unspecified", "2023-02", "2022-10", "yes", "HD", "no", "no", "no", "no", "22.4"),
    ("J08", "yes", "yes", "thermal", "knee:right", "2025-05-20", "2025-04-20", "no", "none", "yes", "yes", "no", "yes", "31.5"),
    ("J09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "38.0"),
    ("J10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "24.9"),
    ("J11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "44.2"),
    ("J12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "39.5"),
    ("J13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("J14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "36.9"),
    ("J15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "28.7"),
    ("J16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.2"),
    ("J17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.5"),
    ("J18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("J19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "23.1"),
    ("J20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "32.7"),
]
