"""Patient-level gold for annotations/probe209 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "thigh:left", "2022-04-22", "2022-03-03", "yes", "PD", "yes", "yes", "no", "yes", "33.1"),
    ("E02", "yes", "yes", "injection", "upper_arm:right", "2023-11", "2023-09", "yes", "PD", "no", "no", "yes", "no", "28.4"),
    ("E03", "yes", "yes", "thermal", "buttock:left", "2024-02-06", "2024-01-01", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("E04", "yes", "yes", "pressure", "groin:right", "2021-08", "2021-05", "yes", "HD", "no", "no", "yes", "no", "26.2"),
    ("E05", "yes", "yes", "procedure", "abdomen:left", "2019-07-02", "2019-05-14", "yes", "PD", "no", "no", "no", "yes", "36.8"),
    ("E06", "yes", "yes", "accidental", "lower_leg:right", "2020-10-14", "2020-10-03", "yes", "HD", "yes", "yes", "yes", "no", "24.9"),
    ("E07", "yes", "yes", "thermal", "shoulder:left", "2022-12-25", "2022-11-24", "yes", "HD", "no", "no", "no", "yes", "31.5"),
    ("E08", "yes", "yes", "pressure", "forearm:left", "2025-04", "2024", "no", "none", "yes", "yes", "yes", "yes", "42.0"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("E10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "35.0"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.2"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "47.0"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "27.0"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("E15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "29.5"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "21.0"),
    ("E17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "33.0"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "29.8"),
    ("E20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.0"),
]
