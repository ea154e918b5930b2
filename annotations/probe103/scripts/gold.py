"""Patient-level gold for annotations/probe103 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("N01", "yes", "yes", "injection", "abdomen:unspecified", "2019-03-21", "2019-01-08", "yes", "HD", "yes", "yes", "no", "yes", "32.7"),
    ("N02", "yes", "yes", "thermal", "back:right", "2021-01", "2020-11-26", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("N03", "yes", "yes", "pressure", "lower_leg:left", "2022-06-03", "2022-02", "yes", "HD", "no", "no", "no", "yes", "30.2"),
    ("N04", "yes", "yes", "procedure", "chest:right", "2023-10", "2023-08-14", "yes", "HD", "yes", "no", "no", "yes", "34.5"),
    ("N05", "yes", "yes", "accidental;pressure", "lower_leg:left", "2024-02-14", "2023-12-25", "yes", "PD", "yes", "yes", "yes", "yes", "38.6"),
    ("N06", "yes", "yes", "injection", "thigh:bilateral", "2025-05-20", "2025-03", "yes", "HD", "no", "no", "no", "no", "29.6"),
    ("N07", "yes", "yes", "thermal", "hand:left", "2019", "2019-02-05", "yes", "HD", "yes", "yes", "no", "no", "24.3"),
    ("N08", "yes", "yes", "procedure", "upper_arm:left", "2026-02", "2026-01-07", "no", "none", "yes", "no", "yes", "no", "26.1"),
    ("N09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("N10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "22.8"),
    ("N11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.3"),
    ("N12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "31.5"),
    ("N13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.4"),
    ("N14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.0"),
    ("N15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "30.4"),
    ("N16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.95"),
    ("N17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.0"),
    ("N18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "36.2"),
    ("N19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.0"),
    ("N20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.9"),
]
