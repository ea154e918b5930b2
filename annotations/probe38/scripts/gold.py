"""Patient-level gold for annotations/probe38 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("N01", "yes", "yes", "injection", "abdomen:left", "2021-06-14", "2021-04-06", "yes", "HD", "no", "no", "no", "yes", "33.6"),
    ("N02", "yes", "yes", "procedure", "chest:right", "2020-09", "2020-07-08", "no", "none", "no", "no", "yes", "no", "26.4"),
    ("N03", "yes", "yes", "thermal", "back:right", "2022-12-15", "2022-11-24", "yes", "HD", "no", "no", "no", "yes", "28.7"),
    ("N04", "yes", "yes", "pressure", "forearm:left", "2023-05-02", "2023-03", "no", "none", "yes", "no", "yes", "yes", "31.2"),
    ("N05", "yes", "yes", "accidental", "lower_leg:right", "2020-01-08", "2019-12-24", "yes", "HD", "yes", "no", "yes", "no", "23.8"),
    ("N06", "yes", "yes", "injection", "thigh:bilateral", "2021-10", "2021-08", "yes", "PD", "yes", "yes", "no", "yes", "35.2"),
    ("N07", "yes", "yes", "procedure", "upper_arm:left", "2024-03-19", "2024-02-12", "no", "none", "no", "no", "yes", "no", "22.8"),
    ("N08", "yes", "yes", "injection", "upper_arm:right", "2025-01", "2025-01-06", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("N09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "38.0"),
    ("N10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("N11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "41.3"),
    ("N12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.6"),
    ("N13", "yes", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "44.1"),
    ("N14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.1"),
    ("N15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "21.0"),
    ("N16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("N17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.9"),
    ("N18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.4"),
    ("N19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.1"),
    ("N20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "35.8"),
]
