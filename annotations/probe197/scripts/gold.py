"""Patient-level gold for annotations/probe197 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "buttock:right", "2023-03-21", "2023-03-04", "yes", "HD", "yes", "yes", "no", "yes", "32.4"),
    ("E02", "yes", "yes", "thermal", "flank:left", "2022-12", "2022-10", "yes", "PD", "yes", "no", "no", "no", "28.0"),
    ("E03", "yes", "yes", "pressure", "abdomen:right", "2024-06-25", "2023", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("E04", "yes", "yes", "procedure", "thigh:left", "2024-03", "2024-02-06", "no", "none", "yes", "no", "yes", "yes", "35.8"),
    ("E05", "yes", "yes", "accidental", "lower_leg:right", "2022-06-21", "2022-06-10", "yes", "HD", "yes", "yes", "yes", "no", "25.7"),
    ("E06", "yes", "yes", "injection", "thigh:bilateral", "2020-12-25", "2020-08", "yes", "PD", "yes", "yes", "no", "yes", "38.2"),
    ("E07", "yes", "yes", "thermal", "lower_leg:left", "2021-11-09", "2021-09", "yes", "HD", "no", "no", "yes", "no", "24.9"),
    ("E08", "yes", "yes", "pressure", "hip:left", "2021-11-25", "2021-07", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.5"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.8"),
    ("E11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.0"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.5"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("E15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "37.0"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.1"),
    ("E17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "22.0"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.0"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "31.9"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
]
