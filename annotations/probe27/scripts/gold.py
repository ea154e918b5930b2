"""Patient-level gold for annotations/probe27 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Z01", "yes", "yes", "injection", "abdomen:left", "2019-10-30", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "36.0"),
    ("Z02", "yes", "yes", "thermal", "knee:right", "2020-12", "2020-11-26", "yes", "PD", "no", "no", "yes", "yes", "29.2"),
    ("Z03", "yes", "yes", "pressure", "lower_leg:bilateral", "2021-04-10", "2021-03-02", "yes", "HD", "yes", "no", "yes", "yes", "33.8"),
    ("Z04", "yes", "yes", "procedure", "thigh:right", "2022-09-05", "2022-08-09", "yes", "HD", "yes", "yes", "no", "no", "27.4"),
    ("Z05", "yes", "yes", "accidental", "lower_leg:left", "2023-07-20", "2023-07-04", "yes", "HD", "no", "no", "no", "no", "24.1"),
    ("Z06", "yes", "yes", "injection", "upper_arm:bilateral", "2024-03-01", "2024-02-12", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("Z07", "yes", "yes", "thermal", "flank:left", "2025-03-08", "2025-01", "no", "none", "no", "no", "yes", "yes", "41.3"),
    ("Z08", "yes", "yes", "injection;thermal", "thigh:left", "2018-02-03", "2015", "yes", "HD", "yes", "yes", "no", "yes", "34.1"),
    ("Z09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "38.0"),
    ("Z10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.6"),
    ("Z11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.3"),
    ("Z12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.5"),
    ("Z13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("Z14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "39.9"),
    ("Z15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.5"),
    ("Z16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.7"),
    ("Z17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "25.5"),
    ("Z18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "30.4"),
    ("Z19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "23.8"),
    ("Z20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.3"),
]
