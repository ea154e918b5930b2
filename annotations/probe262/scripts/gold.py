"""Patient-level gold for annotations/probe262 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("K01", "yes", "yes", "injection", "thigh:right", "2023-04-19", "2023-03-03", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("K02", "yes", "yes", "thermal", "abdomen:left", "2022-12-24", "2022-11-05", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("K03", "yes", "yes", "pressure", "breast:right", "2024-08", "2024-06", "no", "none", "yes", "no", "yes", "yes", "43.1"),
    ("K04", "yes", "yes", "procedure", "forearm:right", "2021-03-06", "2021-02-14", "yes", "HD", "no", "no", "no", "no", "27.1"),
    ("K05", "yes", "yes", "accidental", "lower_leg:left", "2025-02-05", "2025-01-09", "yes", "HD", "yes", "no", "yes", "no", "24.5"),
    ("K06", "yes", "yes", "injection", "upper_arm:left", "2020-01-07", "2019-11-26", "yes", "PD", "no", "no", "no", "no", "28.9"),
    ("K07", "yes", "yes", "thermal", "thigh:bilateral", "2026-01", "2025", "yes", "HD", "yes", "yes", "no", "yes", "33.9"),
    ("K08", "yes", "yes", "pressure", "lower_leg:right", "2023-09-04", "2023-08-02", "yes", "PD", "yes", "yes", "yes", "no", "29.4"),
    ("K09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("K10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "32.7"),
    ("K11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.6"),
    ("K12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", ""),
    ("K13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "26.8"),
    ("K14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "34.5"),
    ("K15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "35.1"),
    ("K16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "22.3"),
    ("K17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
    ("K18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.2"),
    ("K19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.0"),
    ("K20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.2"),
]
