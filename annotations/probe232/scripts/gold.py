"""Patient-level gold for annotations/probe232 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("K01", "yes", "yes", "injection", "thigh:right", "2023-05-10", "2023-03-28", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("K02", "yes", "yes", "thermal", "abdomen:unspecified", "2021-12-31", "2021-10-31", "yes", "HD", "yes", "no", "no", "yes", "40.6"),
    ("K03", "yes", "yes", "pressure", "breast:left", "2019-08-13", "2019-06-08", "yes", "HD", "no", "no", "yes", "yes", "36.5"),
    ("K04", "yes", "yes", "procedure", "lower_leg:right", "2022-11", "2022-10-03", "yes", "HD", "yes", "yes", "yes", "no", "28.7"),
    ("K05", "yes", "yes", "accidental", "buttock:right", "2024-02-13", "2024-01-12", "yes", "PD", "no", "no", "no", "yes", "39.2"),
    ("K06", "yes", "yes", "injection", "flank:left", "2025-04-06", "2025-03-03", "yes", "HD", "yes", "no", "yes", "yes", "31.4"),
    ("K07", "yes", "yes", "thermal", "knee:bilateral", "2019-11-28", "2019", "yes", "HD", "yes", "yes", "no", "no", "29.6"),
    ("K08", "yes", "yes", "injection", "upper_arm:right", "2025-11-08", "2025-10-14", "yes", "PD", "no", "no", "no", "no", "27.2"),
    ("K09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "38.0"),
    ("K10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "24.5"),
    ("K11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.1"),
    ("K12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "34.0"),
    ("K13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "32.2"),
    ("K14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.5"),
    ("K15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "34.1"),
    ("K16", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "no", "no", ""),
    ("K17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "37.9"),
    ("K18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.3"),
    ("K19", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.6"),
    ("K20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "29.4"),
]
