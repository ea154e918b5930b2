"""Patient-level gold for annotations/probe15 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("N01", "yes", "yes", "procedure", "abdomen:unspecified", "2022-03-30", "2022-01-18", "yes", "HD", "yes", "yes", "no", "yes", "32.9"),
    ("N02", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-05-20", "2023-05-11", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("N03", "yes", "yes", "injection", "abdomen:bilateral", "2020-09-17", "2020-09-01", "no", "none", "yes", "yes", "no", "no", "27.0"),
    ("N04", "yes", "yes", "accidental", "lower_leg:left", "2024-03-14", "2024-02", "yes", "PD", "yes", "no", "yes", "yes", "31.0"),
    ("N05", "yes", "yes", "thermal", "flank:left", "2023-12-20", "2023", "yes", "HD", "yes", "yes", "no", "yes", "38.5"),
    ("N06", "yes", "yes", "procedure", "abdomen:right", "2021-07", "2021-06-08", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("N07", "yes", "yes", "procedure", "thigh:right", "2022-10-27", "2022-10-04", "yes", "HD", "yes", "yes", "yes", "no", "26.4"),
    ("N08", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "42.7"),
    ("N09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "34.8"),
    ("N10", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "24.3"),
    ("N11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    ("N12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.5"),
    ("N13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("N14", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.1"),
    ("N15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "32.5"),
    ("N16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "29.5"),
    ("N17", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "39.8"),
    ("N18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "25.6"),
    ("N19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "34.0"),
    ("N20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.1"),
]
