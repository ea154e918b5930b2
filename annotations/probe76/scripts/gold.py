"""Patient-level gold for annotations/probe76 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:left", "2021-10-02", "2020-06", "yes", "HD", "yes", "yes", "no", "yes", "34.6"),
    ("D02", "yes", "yes", "thermal", "knee:left", "2019-10-30", "2019-08", "yes", "PD", "no", "no", "yes", "no", "27.1"),
    ("D03", "yes", "yes", "pressure", "lower_leg:bilateral", "2022-05", "2022-03", "yes", "HD", "yes", "no", "yes", "yes", "29.8"),
    ("D04", "yes", "yes", "procedure", "groin:right", "2023-03-21", "2023-02-07", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("D05", "yes", "yes", "accidental", "upper_arm:right", "2024-07-19", "2024-07-04", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("D06", "yes", "yes", "injection", "buttock:left", "2018-09-18", "2018-09-04", "yes", "HD", "no", "no", "no", "yes", "41.5"),
    ("D07", "yes", "yes", "thermal", "flank:right", "2020-02", "2019-11-28", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("D08", "yes", "yes", "pressure", "thigh:bilateral", "2025-03-03", "2015", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("D11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "44"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.5"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "47"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "22.0"),
    ("D15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.0"),
    ("D16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "29.9"),
    ("D17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.8"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
    ("D20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.6"),
]
