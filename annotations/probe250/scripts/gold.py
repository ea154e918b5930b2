"""Patient-level gold for annotations/probe250 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:right", "2022-08-30", "2022-03", "yes", "HD", "yes", "yes", "no", "yes", "32.9"),
    ("D02", "yes", "yes", "thermal", "thigh:right", "2023-08", "2023-06-14", "yes", "PD", "no", "no", "yes", "no", "28.6"),
    ("D03", "yes", "yes", "pressure", "lower_leg:left", "2019-11-19", "2019-10-02", "yes", "HD", "yes", "no", "yes", "no", "24.0"),
    ("D04", "yes", "yes", "procedure", "thigh:left", "2021-03-17", "2021-02-11", "no", "none", "yes", "no", "yes", "yes", "40.6"),
    ("D05", "yes", "yes", "accidental", "upper_arm:right", "2024-02", "2024-01-03", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("D06", "yes", "yes", "injection", "buttock:right", "2017-11-23", "2017-09-08", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("D07", "yes", "yes", "thermal", "flank:left", "2021-01-01", "2020-12-05", "yes", "HD", "yes", "yes", "no", "yes", "34.5"),
    ("D08", "yes", "yes", "pressure", "groin:bilateral", "2025-07-04", "2025", "yes", "HD", "yes", "no", "no", "yes", "36.1"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("D10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.4"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "45.2"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.9"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "19.8"),
    ("D14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("D15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "33.3"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.5"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "28.0"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", ""),
    ("D19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.5"),
    ("D20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.8"),
]
