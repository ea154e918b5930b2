"""Patient-level gold for annotations/probe34 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("S01", "yes", "yes", "injection", "abdomen:left", "2019-02-20", "2019-02-03", "yes", "HD", "no", "no", "no", "yes", "33.5"),
    ("S02", "yes", "yes", "thermal", "thigh:bilateral", "2021-01-06", "2020-12-24", "yes", "PD", "yes", "yes", "no", "yes", "34.0"),
    ("S03", "yes", "yes", "pressure", "lower_leg:left", "2023-04-02", "2023-03", "yes", "HD", "yes", "yes", "yes", "yes", "30.4"),
    ("S04", "yes", "yes", "procedure", "groin:right", "2022-08", "2022-07-11", "yes", "HD", "no", "no", "yes", "yes", "44.1"),
    ("S05", "yes", "yes", "accidental", "hip:right", "2023-12-09", "2023-11-23", "yes", "HD", "no", "no", "yes", "no", "27.8"),
    ("S06", "yes", "yes", "injection", "upper_arm:right", "2024-07-09", "2024-06", "no", "none", "yes", "yes", "no", "yes", "38.3"),
    ("S07", "yes", "yes", "thermal", "flank:right", "2025-02-03", "2025-01-20", "yes", "PD", "yes", "no", "no", "no", "29.6"),
    ("S08", "yes", "yes", "procedure", "abdomen:right", "2025-04", "2025-03-04", "yes", "HD", "yes", "yes", "no", "yes", "29.8"),
    ("S09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "35.1"),
    ("S10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "26.0"),
    ("S11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "24.2"),
    ("S12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "47.3"),
    ("S13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "40.6"),
    ("S14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "39.0"),
    ("S15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "31.0"),
    ("S16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.4"),
    ("S17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("S18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "27.2"),
    ("S19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.7"),
    ("S20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "23.4"),
]
