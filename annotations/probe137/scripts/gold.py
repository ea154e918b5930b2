"""Patient-level gold for annotations/probe137 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Z01", "yes", "yes", "injection", "upper_arm:left", "2019-03-28", "2019-03-04", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("Z02", "yes", "yes", "injection", "buttock:bilateral", "2022-05-30", "2022-03", "yes", "PD", "no", "no", "yes", "yes", "30.3"),
    ("Z03", "yes", "yes", "thermal", "forearm:left", "2021-08", "2021-07-04", "yes", "HD", "no", "no", "yes", "no", "22.4"),
    ("Z04", "yes", "yes", "pressure", "ankle:left", "2020-09-08", "2020", "yes", "HD", "yes", "yes", "no", "yes", "36.1"),
    ("Z05", "yes", "yes", "procedure", "abdomen:left", "2023-11-28", "2023-11-14", "yes", "HD", "yes", "no", "no", "no", "25.9"),
    ("Z06", "yes", "yes", "accidental", "lower_leg:right", "2025-01", "2024-12-25", "yes", "PD", "no", "no", "no", "no", "18.7"),
    ("Z07", "yes", "yes", "pressure", "shoulder:right", "2017-10-10", "2017-08", "yes", "HD", "no", "no", "yes", "no", "23.2"),
    ("Z08", "yes", "yes", "thermal", "thigh:left", "2026-02-19", "2025-12-31", "yes", "HD", "yes", "yes", "no", "yes", "37.9"),
    ("Z09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.2"),
    ("Z10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.2"),
    ("Z11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.5"),
    ("Z12", "yes", "no", "", "", "", "", "yes", "none", "no", "no", "no", "no", "25.7"),
    ("Z13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.4"),
    ("Z14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "21.8"),
    ("Z15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "23.0"),
    ("Z16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "29.4"),
    ("Z17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "40.2"),
    ("Z18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.5"),
    ("Z19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.0"),
    ("Z20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.1"),
]
