"""Patient-level gold for annotations/probe240 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("T01", "yes", "yes", "injection", "abdomen:left", "2024-03-23", "2024-03-04", "yes", "PD", "yes", "yes", "no", "yes", "33.1"),
    ("T02", "yes", "yes", "procedure", "chest:left", "2021-02", "2021-01-11", "yes", "HD", "no", "no", "yes", "yes", "31.4"),
    ("T03", "yes", "yes", "thermal", "lower_leg:bilateral", "2024-01", "2023-11-23", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("T04", "yes", "yes", "pressure", "flank:left", "2021-07", "2021-03-19", "no", "none", "yes", "no", "yes", "yes", "31.8"),
    ("T05", "yes", "yes", "accidental", "hip:right", "2025-01-28", "2025-01-12", "yes", "HD", "no", "no", "yes", "no", "29.3"),
    ("T06", "yes", "yes", "injection", "upper_arm:right", "2020-08-25", "2020-08-11", "no", "none", "yes", "yes", "yes", "yes", "34.5"),
    ("T07", "yes", "yes", "procedure", "thigh:left", "2023-03-17", "2023-02-02", "yes", "HD", "yes", "no", "no", "no", "29.6"),
    ("T08", "yes", "yes", "thermal", "thigh:right", "2025-09-01", "2025", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("T09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.0"),
    ("T10", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "34.9"),
    ("T11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.4"),
    ("T12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "24.1"),
    ("T13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.6"),
    ("T14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "39.7"),
    ("T15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "29.8"),
    ("T16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "no", "27.5"),
    ("T17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.3"),
    ("T18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.0"),
    ("T19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "31.2"),
    ("T20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "33.0"),
]
