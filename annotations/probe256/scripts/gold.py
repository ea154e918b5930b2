"""Patient-level gold for annotations/probe256 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:right", "2023-04-18", "2023-03-07", "yes", "HD", "yes", "yes", "no", "yes", "31.1"),
    ("D02", "yes", "yes", "injection", "thigh:left", "2021-10", "2021-09-14", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("D03", "yes", "yes", "injection", "upper_arm:right", "2022-10-31", "2022-10-04", "yes", "HD", "yes", "no", "yes", "no", "24.9"),
    ("D04", "yes", "yes", "thermal", "back:left", "2024-02", "2023-12-25", "yes", "PD", "yes", "no", "no", "yes", "35.8"),
    ("D05", "yes", "yes", "pressure", "lower_leg:left", "2024-06-04", "2024-05-02", "yes", "HD", "yes", "yes", "yes", "yes", "41.9"),
    ("D06", "yes", "yes", "procedure", "shoulder:left", "2025-02-14", "2025-01-08", "yes", "HD", "no", "no", "yes", "no", "28.3"),
    ("D07", "yes", "yes", "accidental", "lower_leg:right", "2022-11", "2022-11-03", "yes", "HD", "yes", "no", "no", "no", "22.1"),
    ("D08", "yes", "yes", "injection", "buttock:right", "2022-09", "2022-07-19", "yes", "HD", "no", "no", "yes", "yes", "32.7"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.5"),
    ("D10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", ""),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.4"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "40.8"),
    ("D13", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "45.0"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "36.5"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.6"),
    ("D16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.1"),
    ("D17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "27.0"),
    ("D18", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.1"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "25.3"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.0"),
]
