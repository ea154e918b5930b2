"""Patient-level gold for annotations/probe63 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("N01", "yes", "yes", "injection", "abdomen:left", "2020-11-02", "2020-06", "yes", "PD", "yes", "yes", "no", "yes", "33.6"),
    ("N02", "yes", "yes", "thermal", "lower_leg:right", "2019-12-26", "2019-11-28", "yes", "HD", "no", "no", "yes", "no", "27.5"),
    ("N03", "yes", "yes", "pressure", "breast:right", "2023-03", "2023-01", "yes", "HD", "yes", "no", "no", "yes", "41.3"),
    ("N04", "yes", "yes", "procedure", "upper_arm:left", "2021-10-31", "2021-08-12", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("N05", "yes", "yes", "accidental", "knee:right", "2019-01-14", "2018-12-31", "yes", "HD", "yes", "yes", "no", "yes", ""),
    ("N06", "yes", "yes", "injection", "abdomen:bilateral", "2024-02-14", "2024-02-05", "yes", "PD", "no", "no", "yes", "yes", "30.0"),
    ("N07", "yes", "yes", "thermal", "buttock:left", "2022-08", "2022", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
    ("N08", "yes", "yes", "pressure", "lower_leg:left", "2025-02-27", "2025-01-06", "no", "none", "no", "no", "yes", "yes", "35.0"),
    ("N09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("N10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.3"),
    ("N11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.9"),
    ("N12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.9"),
    ("N13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("N14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.1"),
    ("N15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.0"),
    ("N16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.0"),
    ("N17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "23.0"),
    ("N18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.4"),
    ("N19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "24.6"),
    ("N20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.5"),
]
