"""Patient-level gold for annotations/probe149 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "buttock:right", "2019-03-28", "2019-03-12", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("E02", "yes", "yes", "pressure", "flank:bilateral", "2022-05-30", "2022", "yes", "PD", "no", "no", "no", "yes", "38.2"),
    ("E03", "yes", "yes", "thermal", "forearm:left", "2020-12", "2020-11-14", "yes", "HD", "yes", "no", "yes", "no", "27.4"),
    ("E04", "yes", "yes", "procedure", "hand:right", "2023-10", "2023-08", "yes", "HD", "no", "no", "no", "no", "24.8"),
    ("E05", "yes", "yes", "accidental", "lower_leg:left", "2024-06-16", "2024-06-03", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("E06", "yes", "yes", "thermal", "elbow:right", "2021-02-08", "2021-01-11", "no", "none", "no", "no", "yes", "yes", "40.8"),
    ("E07", "yes", "yes", "pressure", "ankle:right", "2025-10-02", "2025-09-05", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("E08", "yes", "yes", "injection", "thigh:left", "2018-07-12", "2018-03-20", "yes", "PD", "no", "no", "yes", "yes", "33.9"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.5"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.6"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "33.2"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.1"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "35.6"),
    ("E15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "37.6"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "24.9"),
    ("E17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "31.5"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "22.3"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", ""),
]
