"""Patient-level gold for annotations/probe44 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:left", "2021-01-21", "2020-07", "yes", "HD", "yes", "yes", "no", "yes", "35.1"),
    ("D02", "yes", "yes", "thermal", "flank:right", "2023-02", "2022-12-25", "yes", "PD", "no", "no", "yes", "no", "27.8"),
    ("D03", "yes", "yes", "pressure", "lower_leg:left", "2019-10-02", "2019-09", "yes", "HD", "yes", "no", "no", "yes", "30.6"),
    ("D04", "yes", "yes", "procedure", "thigh:right", "2023-03", "2023-01-09", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("D05", "yes", "yes", "accidental", "lower_leg:right", "2025-01-20", "2024-12-31", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("D06", "yes", "yes", "injection", "upper_arm:right", "2024-04", "2024-03-04", "yes", "PD", "yes", "yes", "no", "yes", "33.4"),
    ("D07", "yes", "yes", "thermal", "knee:bilateral", "2022-10-31", "2022", "yes", "HD", "no", "no", "yes", "yes", "41.0"),
    ("D08", "yes", "yes", "pressure", "thigh:left", "2025-05-09", "2025-04-20", "yes", "HD", "yes", "no", "no", "yes", "42.9"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.6"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.4"),
    ("D11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.1"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "38.9"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.7"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.8"),
    ("D16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "28.4"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "34.7"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.1"),
    ("D19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "29.7"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.5"),
]
