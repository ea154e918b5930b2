"""Patient-level gold for annotations/probe239 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("S01", "yes", "yes", "injection", "abdomen:right", "2024-03-06", "2024-02-26", "yes", "HD", "yes", "no", "no", "yes", "32.9"),
    ("S02", "yes", "yes", "injection", "upper_arm:left", "2023-01-03", "2022-08", "yes", "PD", "yes", "yes", "yes", "yes", "36.4"),
    ("S03", "yes", "yes", "thermal", "ankle:right", "2022-12-09", "2022-11-24", "yes", "HD", "no", "no", "no", "no", "27.9"),
    ("S04", "yes", "yes", "pressure", "lower_leg:bilateral", "2025-06-16", "2025-06-02", "yes", "HD", "yes", "yes", "yes", "yes", "40.6"),
    ("S05", "yes", "yes", "procedure", "thigh:right", "2021-09-25", "2021-09-03", "yes", "HD", "yes", "yes", "no", "no", "29.1"),
    ("S06", "yes", "yes", "accidental", "lower_leg:left", "2023-10", "2023-09-04", "no", "none", "no", "no", "yes", "yes", "37.6"),
    ("S07", "yes", "yes", "injection", "buttock:right", "2021-06", "2021-04-21", "yes", "HD", "no", "no", "no", "yes", "33.8"),
    ("S08", "yes", "yes", "thermal", "flank:left", "2024-12-25", "2024", "yes", "PD", "yes", "no", "yes", "no", "24.3"),
    ("S09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.6"),
    ("S10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "28.1"),
    ("S11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "47.5"),
    ("S12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "34.6"),
    ("S13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", ""),
    ("S14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.8"),
    ("S15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "39.5"),
    ("S16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "30.0"),
    ("S17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.2"),
    ("S18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.3"),
    ("S19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.8"),
    ("S20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "22.1"),
]
