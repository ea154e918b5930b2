"""Patient-level gold for annotations/probe185 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "thigh:left", "2022-03-11", "2022-01-24", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("E02", "yes", "yes", "injection", "upper_arm:left", "2021-11", "2021-10-18", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("E03", "yes", "yes", "thermal", "abdomen:unspecified", "2023-03", "2022", "yes", "HD", "yes", "no", "no", "yes", "37.6"),
    ("E04", "yes", "yes", "pressure", "thigh:right", "2023-06-28", "2023-05-23", "yes", "HD", "yes", "no", "yes", "no", "29.9"),
    ("E05", "yes", "yes", "procedure", "lower_leg:left", "2022-06-30", "2022-05-17", "no", "none", "no", "no", "yes", "yes", "30.0"),
    ("E06", "yes", "yes", "accidental", "lower_leg:right", "2023-01", "2022-12-26", "yes", "HD", "yes", "yes", "no", "no", "24.6"),
    ("E07", "yes", "yes", "thermal", "buttock:left", "2020-11-05", "2020-09", "yes", "PD", "no", "no", "no", "yes", ""),
    ("E08", "yes", "yes", "injection;pressure", "abdomen:left", "2023-08-28", "2015", "yes", "HD", "yes", "yes", "no", "yes", "41.3"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "31.2"),
    ("E10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.0"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.0"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.4"),
    ("E13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.0"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.8"),
    ("E15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "31.0"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "22.9"),
    ("E17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.0"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "36.7"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "29.5"),
    ("E20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.1"),
]
