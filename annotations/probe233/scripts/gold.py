"""Patient-level gold for annotations/probe233 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("L01", "yes", "yes", "injection", "abdomen:right", "2023-06-06", "2023-03", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("L02", "yes", "yes", "thermal", "knee:left", "2024-10-01", "2024-09-02", "yes", "PD", "no", "no", "yes", "no", "28.4"),
    ("L03", "yes", "yes", "pressure", "flank:bilateral", "2022-04", "2022-02-14", "yes", "HD", "yes", "no", "no", "yes", "41.3"),
    ("L04", "yes", "yes", "procedure", "forearm:left", "2025-01-21", "2025-01-10", "yes", "HD", "yes", "yes", "yes", "yes", "31.0"),
    ("L05", "yes", "yes", "accidental", "lower_leg:right", "2020-12-10", "2020-11-26", "yes", "HD", "no", "no", "yes", "no", "24.7"),
    ("L06", "yes", "yes", "injection", "thigh:bilateral", "2025-06-23", "2025-06-05", "yes", "PD", "no", "no", "yes", "yes", "33.5"),
    ("L07", "yes", "yes", "thermal", "hip:right", "2023-12-24", "2023", "yes", "HD", "yes", "yes", "no", "yes", "37.9"),
    ("L08", "yes", "yes", "injection", "upper_arm:left", "2021-02-05", "2020-10", "no", "none", "no", "no", "no", "no", "22.7"),
    ("L09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.6"),
    ("L10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "27.0"),
    ("L11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "47.1"),
    ("L12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.6"),
    ("L13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "25.8"),
    ("L14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "34.0"),
    ("L15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "31.9"),
    ("L16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "21.4"),
    ("L17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.2"),
    ("L18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.4"),
    ("L19", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "30.8"),
    ("L20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.5"),
]
