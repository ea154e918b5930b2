"""Patient-level gold for annotations/probe270 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("U01", "yes", "yes", "injection", "thigh:right", "2023-10-06", "2023-09-11", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("U02", "yes", "yes", "thermal", "lower_leg:right", "2020-01-15", "2019-12-24", "yes", "HD", "no", "no", "yes", "no", "26.9"),
    ("U03", "yes", "yes", "thermal", "hip:left", "2021-11-25", "2021-10", "yes", "PD", "yes", "no", "yes", "yes", "36.2"),
    ("U04", "yes", "yes", "pressure", "abdomen:left", "2022-03-02", "", "yes", "HD", "yes", "yes", "no", "yes", "44.1"),
    ("U05", "yes", "yes", "procedure", "breast:left", "2024-06-18", "2024-06-03", "yes", "HD", "yes", "no", "no", "no", "29.5"),
    ("U06", "yes", "yes", "accidental", "lower_leg:left", "2025-03-18", "2025-03-06", "yes", "HD", "yes", "yes", "yes", "no", "28.3"),
    ("U07", "yes", "yes", "injection", "upper_arm:right", "2022-08-22", "2022-07-08", "yes", "PD", "no", "no", "no", "no", "24.0"),
    ("U08", "yes", "yes", "injection;thermal", "abdomen:right", "2026-02-09", "2026-01-05", "no", "none", "no", "no", "yes", "yes", "35.4"),
    ("U09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.6"),
    ("U10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.4"),
    ("U11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.0"),
    ("U12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", ""),
    ("U13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.0"),
    ("U14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "31.5"),
    ("U15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "42.0"),
    ("U16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.2"),
    ("U17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "22.0"),
    ("U18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("U19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", ""),
    ("U20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.0"),
]
