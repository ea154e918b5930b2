"""Patient-level gold for annotations/probe246 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Z01", "yes", "yes", "injection", "upper_arm:right", "2023-06-30", "2023-06-12", "yes", "HD", "yes", "yes", "yes", "yes", "33.1"),
    ("Z02", "yes", "yes", "thermal", "shoulder:left", "2019-11-26", "2019-11-04", "yes", "PD", "no", "no", "no", "no", "28.4"),
    ("Z03", "yes", "yes", "pressure", "thigh:right", "2022-03-26", "2022-03-02", "yes", "HD", "yes", "no", "no", "no", "24.9"),
    ("Z04", "yes", "yes", "procedure", "thigh:left", "2024-03-29", "2024-03-14", "yes", "HD", "no", "no", "yes", "yes", "36.2"),
    ("Z05", "yes", "yes", "injection", "abdomen:right", "2020-09-22", "2020-09-08", "yes", "HD", "yes", "yes", "no", "yes", "30.8"),
    ("Z06", "yes", "yes", "thermal", "knee:right", "2018-02", "2018-01-15", "yes", "HD", "yes", "no", "yes", "yes", "38.0"),
    ("Z07", "yes", "yes", "accidental", "hip:left", "2025-01-06", "2024-12-24", "no", "none", "no", "no", "yes", "no", "27.0"),
    ("Z08", "yes", "yes", "injection;pressure", "abdomen:left", "2021-05-31", "2009", "yes", "HD", "yes", "yes", "no", "yes", "43.6"),
    ("Z09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.5"),
    ("Z10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.4"),
    ("Z11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "41.0"),
    ("Z12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("Z13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.9"),
    ("Z14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.5"),
    ("Z15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "34.0"),
    ("Z16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.1"),
    ("Z17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "30.0"),
    ("Z18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "35.2"),
    ("Z19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "29.9"),
    ("Z20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "22.5"),
]
