"""Patient-level gold for annotations/probe154 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "upper_arm:left", "2020-10-15", "2020-08-14", "yes", "PD", "no", "no", "no", "yes", "31.4"),
    ("D02", "yes", "yes", "pressure", "breast:left", "2022-03", "2021-12-25", "yes", "HD", "yes", "no", "no", "yes", "35.8"),
    ("D03", "yes", "yes", "thermal", "buttock:bilateral", "2023-01-01", "2022", "yes", "HD", "yes", "yes", "no", "no", "29.3"),
    ("D04", "yes", "yes", "procedure", "abdomen:unspecified", "2018-08-20", "2018-06", "yes", "PD", "no", "no", "yes", "yes", "32.8"),
    ("D05", "yes", "yes", "accidental", "lower_leg:left", "2024-09-26", "2024-09-02", "yes", "HD", "yes", "yes", "no", "no", "26.7"),
    ("D06", "yes", "yes", "injection;pressure", "abdomen:left", "2019-12", "2019-01", "yes", "HD", "yes", "yes", "no", "yes", "40.8"),
    ("D07", "yes", "yes", "procedure", "lower_leg:right", "2017-02", "2016-11-14", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("D08", "yes", "yes", "thermal", "thigh:right", "2025-06-11", "2025-05-11", "yes", "HD", "no", "no", "yes", "no", "24.2"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.3"),
    ("D10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "38.0"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "28.1"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "35.2"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "27.6"),
    ("D14", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "44.7"),
    ("D15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "31.9"),
    ("D16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.6"),
    ("D17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "24.0"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.6"),
    ("D19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", ""),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.7"),
]
