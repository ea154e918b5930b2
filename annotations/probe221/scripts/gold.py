"""Patient-level gold for annotations/probe221 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "abdomen:right", "2023-04-27", "2023-03-06", "yes", "HD", "yes", "yes", "no", "yes", "36.7"),
    ("E02", "yes", "yes", "injection", "thigh:left", "2024-03", "2024-01", "yes", "PD", "yes", "no", "yes", "yes", "40.2"),
    ("E03", "yes", "yes", "thermal", "abdomen:left", "2023-01", "2022-11-24", "yes", "HD", "no", "no", "no", "yes", "42.8"),
    ("E04", "yes", "yes", "pressure", "flank:right", "2021-09-20", "2021", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("E05", "yes", "yes", "procedure", "abdomen:left", "2019-09-02", "2019-08-12", "yes", "HD", "no", "no", "yes", "yes", "32.8"),
    ("E06", "yes", "yes", "accidental", "lower_leg:right", "2022-06-28", "2022-06-14", "yes", "HD", "yes", "yes", "yes", "yes", "35.8"),
    ("E07", "yes", "yes", "injection", "upper_arm:right", "2025-01-07", "2024-11-04", "yes", "PD", "yes", "no", "no", "yes", "29.4"),
    ("E08", "yes", "yes", "injection;thermal", "thigh:left", "2021-09", "2021-07-12", "yes", "PD", "yes", "no", "no", "yes", "38.1"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "34.9"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.9"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "45.5"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("E13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "29.5"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("E15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "39.0"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "33.5"),
    ("E17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "35.4"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "36.1"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "29.2"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "35.1"),
]
