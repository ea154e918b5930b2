"""Patient-level gold for annotations/probe264 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("N01", "yes", "yes", "injection", "abdomen:right", "2022-10-18", "2021-03", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("N02", "yes", "yes", "thermal", "knee:left", "2023-10", "2023-09-04", "yes", "PD", "no", "no", "yes", "yes", "31.0"),
    ("N03", "yes", "yes", "pressure", "groin:left", "2020-08-12", "2020-06", "yes", "HD", "no", "no", "no", "no", "28.7"),
    ("N04", "yes", "yes", "procedure", "forearm:left", "2022-01-17", "2021-12-27", "yes", "HD", "yes", "no", "yes", "no", "24.9"),
    ("N05", "yes", "yes", "injection", "thigh:bilateral", "2019-03-20", "2019-02-11", "no", "none", "no", "no", "yes", "yes", "40.6"),
    ("N06", "yes", "yes", "thermal", "shoulder:left", "2025-01-31", "2024-12", "yes", "HD", "yes", "yes", "no", "yes", "36.9"),
    ("N07", "yes", "yes", "accidental", "hip:right", "2024-02-02", "2024-01-14", "yes", "PD", "yes", "no", "no", "yes", "32.6"),
    ("N08", "yes", "yes", "pressure", "lower_leg:bilateral", "2018-07-04", "2018-05-22", "yes", "HD", "yes", "yes", "yes", "no", "26.6"),
    ("N09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.1"),
    ("N10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.8"),
    ("N11", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.8"),
    ("N12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.5"),
    ("N13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.0"),
    ("N14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("N15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("N16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", ""),
    ("N17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "52.1"),
    ("N18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("N19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "35.5"),
    ("N20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.1"),
]
