"""Patient-level gold for annotations/probe106 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:left", "2019-03-19", "2018-12-25", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("D02", "yes", "yes", "thermal", "knee:bilateral", "2021-02", "2020", "yes", "HD", "no", "no", "yes", "no", "29.6"),
    ("D03", "yes", "yes", "pressure", "lower_leg:left", "2022-09-12", "2022-08-03", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("D04", "yes", "yes", "procedure", "groin:left", "2021-01", "2020-11-05", "yes", "HD", "no", "no", "no", "yes", "39.8"),
    ("D05", "yes", "yes", "accidental", "hip:right", "2025-01-15", "2025-01-02", "yes", "HD", "yes", "yes", "yes", "no", "27.4"),
    ("D06", "yes", "yes", "injection", "thigh:bilateral", "2020-01", "2019-11", "yes", "HD", "no", "no", "yes", "yes", "35.2"),
    ("D07", "yes", "yes", "thermal", "shoulder:unspecified", "2023-11-23", "2023-08", "yes", "PD", "yes", "no", "no", "no", "28.0"),
    ("D08", "yes", "yes", "injection;pressure", "abdomen:right", "2024-10-07", "2019", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.1"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.1"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.9"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "36.0"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.7"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "26.3"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.5"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "27.0"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.4"),
    ("D19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.0"),
    ("D20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.8"),
]
