"""Patient-level gold for annotations/probe257 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "thigh:right", "2022-08-30", "2022-06-14", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("E02", "yes", "yes", "injection", "buttock:left", "2023-04-25", "2015", "yes", "HD", "no", "no", "yes", "no", "22.4"),
    ("E03", "yes", "yes", "thermal", "lower_leg:right", "2023-07", "2023-06", "yes", "PD", "yes", "no", "yes", "yes", ""),
    ("E04", "yes", "yes", "pressure", "abdomen:right", "2024-03-31", "2024-02-02", "yes", "HD", "yes", "yes", "no", "yes", "40.8"),
    ("E05", "yes", "yes", "procedure", "forearm:left", "2022-11-05", "2022-10-17", "yes", "HD", "yes", "no", "no", "no", "28.7"),
    ("E06", "yes", "yes", "accidental", "lower_leg:right", "2022-01", "2021-12-26", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("E07", "yes", "yes", "injection", "abdomen:bilateral", "2020-03-18", "2020-03-05", "yes", "HD", "yes", "yes", "yes", "yes", "35.1"),
    ("E08", "yes", "yes", "accidental;thermal", "thigh:left", "2019-08-12", "2019-07-14", "yes", "PD", "yes", "no", "no", "yes", "30.4"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.4"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.5"),
    ("E12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "43.6"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.9"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", ""),
    ("E15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.1"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "23.0"),
    ("E17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "31.2"),
    ("E18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "33.6"),
    ("E19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.5"),
    ("E20", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "29.4"),
]
