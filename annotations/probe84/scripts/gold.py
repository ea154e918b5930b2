"""Patient-level gold for annotations/probe84 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:left", "2020-02-11", "2019-09", "yes", "HD", "yes", "yes", "no", "yes", "34.1"),
    ("D02", "yes", "yes", "thermal", "lower_leg:left", "2024-01", "2023-11-23", "yes", "PD", "yes", "yes", "yes", "no", "27.9"),
    ("D03", "yes", "yes", "pressure", "flank:right", "2022-06-09", "2018", "yes", "HD", "yes", "yes", "no", "no", "22.4"),
    ("D04", "yes", "yes", "procedure", "forearm:left", "2021-06", "2021-03-09", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("D05", "yes", "yes", "accidental", "lower_leg:right", "2019-11-12", "2019-10-31", "yes", "HD", "yes", "yes", "no", "yes", "34.9"),
    ("D06", "yes", "yes", "injection", "abdomen:right", "2022-12-31", "2022-05", "yes", "PD", "yes", "yes", "no", "yes", "39.8"),
    ("D07", "yes", "yes", "thermal", "knee:bilateral", "2025-02", "2024-12-25", "yes", "HD", "yes", "yes", "yes", "no", "26.8"),
    ("D08", "yes", "yes", "injection", "buttock:left", "2023-04", "2020-10", "no", "none", "yes", "yes", "yes", "no", "24.0"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("D10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "no", "25.8"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "43.1"),
    ("D13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", ""),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.1"),
    ("D16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "33.0"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.8"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "25.3"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "29.6"),
]
