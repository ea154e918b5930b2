"""Patient-level gold for annotations/probe67 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("S01", "yes", "yes", "injection", "abdomen:left", "2019-04-23", "2019-04-02", "yes", "HD", "yes", "no", "yes", "yes", "33.6"),
    ("S02", "yes", "yes", "injection", "upper_arm:right", "2021-02", "2020", "yes", "PD", "yes", "yes", "no", "yes", "34.0"),
    ("S03", "yes", "yes", "thermal", "knee:right", "2022-11-24", "2022-10", "yes", "HD", "yes", "yes", "no", "yes", "31.8"),
    ("S04", "yes", "yes", "thermal", "lower_leg:bilateral", "2023-07-05", "2023-06", "yes", "HD", "no", "no", "no", "no", "26.3"),
    ("S05", "yes", "yes", "pressure", "lower_leg:left", "2020-10", "2020-09-01", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("S06", "yes", "yes", "procedure", "abdomen:right", "2024-04", "2024-03-11", "yes", "HD", "yes", "yes", "yes", "no", "28.2"),
    ("S07", "yes", "yes", "accidental", "buttock:right", "2025-03-03", "2025-02-14", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("S08", "yes", "yes", "injection", "thigh:left", "2023-05-08", "2023-01-10", "yes", "PD", "yes", "yes", "no", "yes", "38.7"),
    ("S09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("S10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("S11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("S12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "43.8"),
    ("S13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "25.1"),
    ("S14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("S15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.2"),
    ("S16", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "31.2"),
    ("S17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.9"),
    ("S18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "34.0"),
    ("S19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.0"),
    ("S20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.4"),
]
