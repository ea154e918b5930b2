"""Patient-level gold for annotations/probe227 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "thigh:left", "2022-03-29", "2022-03-03", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("E02", "yes", "yes", "thermal", "thigh:right", "2023-04-25", "2023-01", "yes", "PD", "no", "no", "yes", "yes", "35.9"),
    ("E03", "yes", "yes", "thermal", "abdomen:right", "2020-10", "2020-10-02", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("E04", "yes", "yes", "procedure", "groin:left", "2024-06-28", "2024-06-14", "yes", "HD", "yes", "yes", "no", "yes", "40.7"),
    ("E05", "yes", "yes", "pressure", "abdomen:left", "2025-01-01", "2024", "no", "none", "no", "no", "yes", "yes", "44.5"),
    ("E06", "yes", "yes", "accidental", "lower_leg:left", "2025-11-28", "2025-11-18", "yes", "HD", "yes", "yes", "no", "no", "27.5"),
    ("E07", "yes", "yes", "injection", "upper_arm:left", "2024-08", "2024", "yes", "PD", "yes", "yes", "no", "yes", "31.4"),
    ("E08", "yes", "yes", "injection;procedure", "thigh:right", "2019-02-19", "2019-02-06", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "33.6"),
    ("E10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.2"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "37.6"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.0"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.0"),
    ("E14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "26.1"),
    ("E15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "32.3"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.4"),
    ("E17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "34.8"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.0"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "24.0"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "29.5"),
]
