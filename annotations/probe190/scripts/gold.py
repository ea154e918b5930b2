"""Patient-level gold for annotations/probe190 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "hand:right", "2023-03-29", "2023-03-07", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("D02", "yes", "yes", "thermal", "forearm:left", "2022-12", "2022-11-14", "yes", "PD", "no", "no", "yes", "no", "27.5"),
    ("D03", "yes", "yes", "pressure", "upper_arm:right", "2024-10", "2024-09", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("D04", "yes", "yes", "procedure", "elbow:left", "2019-09-10", "2019-08-20", "yes", "HD", "yes", "yes", "yes", "yes", "36.0"),
    ("D05", "yes", "yes", "accidental", "lower_leg:right", "2021-12", "2021-11-25", "yes", "HD", "no", "no", "yes", "no", "25.2"),
    ("D06", "yes", "yes", "injection", "abdomen:unspecified", "2016-12-24", "2016-03", "yes", "PD", "yes", "yes", "no", "yes", "38.2"),
    ("D07", "yes", "yes", "thermal", "elbow:right", "2020-04-22", "2020-03", "no", "none", "yes", "no", "yes", "yes", "41.0"),
    ("D08", "yes", "yes", "pressure", "hand:bilateral", "2025-01", "2024", "yes", "PD", "yes", "yes", "no", "no", "28.9"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.3"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.3"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("D12", "yes", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "29.9"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.8"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "45.3"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.1"),
    ("D16", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "23.0"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.5"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.0"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.4"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", ""),
]
