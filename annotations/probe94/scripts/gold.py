"""Patient-level gold for annotations/probe94 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("N01", "yes", "yes", "injection", "abdomen:left", "2021-03-02", "2020-06", "yes", "PD", "yes", "yes", "no", "yes", "32.9"),
    ("N02", "yes", "yes", "thermal", "back:right", "2023-01", "2022-10", "yes", "HD", "no", "no", "yes", "no", "26.4"),
    ("N03", "yes", "yes", "pressure", "lower_leg:bilateral", "2024-04-29", "2024-04-08", "yes", "HD", "yes", "no", "no", "yes", "42.3"),
    ("N04", "yes", "yes", "procedure", "breast:right", "2019-11-28", "2019-09-12", "yes", "HD", "yes", "yes", "yes", "no", "29.8"),
    ("N05", "yes", "yes", "accidental", "knee:right", "2023-07-19", "2023-07-04", "yes", "HD", "no", "no", "yes", "no", "28"),
    ("N06", "yes", "yes", "injection", "buttock:right", "2022-06", "2022-05-11", "yes", "PD", "no", "no", "no", "yes", "29.8"),
    ("N07", "yes", "yes", "thermal", "thigh:left", "2024-12-31", "2024-12", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("N08", "yes", "yes", "pressure", "abdomen:unspecified", "2022-10-10", "2022-09-05", "no", "none", "no", "no", "yes", "yes", "46"),
    ("N09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.1"),
    ("N10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("N11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.4"),
    ("N12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "37"),
    ("N13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "39"),
    ("N14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22.0"),
    ("N15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("N16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "26.8"),
    ("N17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "28"),
    ("N18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "31.8"),
    ("N19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "25.1"),
    ("N20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.2"),
]
