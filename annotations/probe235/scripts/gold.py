"""Patient-level gold for annotations/probe235 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("N01", "yes", "yes", "injection", "buttock:left", "2022-04", "2022-03-07", "yes", "HD", "no", "no", "no", "no", "24.6"),
    ("N02", "yes", "yes", "procedure", "upper_arm:right", "2023-08-31", "2023-08-04", "no", "none", "no", "no", "yes", "yes", "41.2"),
    ("N03", "yes", "yes", "thermal", "knee:right", "2024-01", "2023-12-25", "yes", "HD", "yes", "yes", "no", "no", "28.7"),
    ("N04", "yes", "yes", "pressure", "lower_leg:left", "2020-10-20", "2020-10-02", "yes", "PD", "yes", "yes", "yes", "yes", "33.5"),
    ("N05", "yes", "yes", "accidental", "forearm:right", "2021-05-12", "2021-05-03", "yes", "PD", "no", "no", "yes", "no", "22.1"),
    ("N06", "yes", "yes", "injection", "thigh:left", "2019-02-27", "2019-02-04", "yes", "HD", "no", "no", "no", "yes", "36.0"),
    ("N07", "yes", "yes", "procedure", "abdomen:unspecified", "2025-09-01", "2025-06", "yes", "HD", "yes", "no", "no", "yes", "38.2"),
    ("N08", "yes", "yes", "injection;thermal", "abdomen:right", "2024-02-11", "2017", "yes", "HD", "yes", "yes", "no", "yes", "44.7"),
    ("N09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "29.4"),
    ("N10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "46.3"),
    ("N11", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "35.3"),
    ("N12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
    ("N13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.3"),
    ("N14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("N15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "33.0"),
    ("N16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("N17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "27.5"),
    ("N18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "21.7"),
    ("N19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.6"),
    ("N20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "26.0"),
]
