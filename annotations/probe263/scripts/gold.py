"""Patient-level gold for annotations/probe263 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("M01", "yes", "yes", "thermal", "thigh:bilateral", "2023-03-14", "2023-02-07", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("M02", "yes", "yes", "injection", "upper_arm:right", "2024-10", "2019", "yes", "PD", "yes", "yes", "yes", "yes", "36.2"),
    ("M03", "yes", "yes", "procedure", "lower_leg:left", "2022-03-28", "2022-03-14", "yes", "HD", "no", "no", "yes", "no", "28.4"),
    ("M04", "yes", "yes", "pressure", "abdomen:unspecified", "2021-02", "2020-12-25", "yes", "HD", "yes", "no", "no", "yes", "40.7"),
    ("M05", "yes", "yes", "injection", "buttock:right", "2019-10-12", "2019-09-03", "yes", "HD", "no", "no", "no", "yes", "31.0"),
    ("M06", "yes", "yes", "thermal", "hip:right", "2024-05", "2024-03-31", "yes", "PD", "no", "no", "yes", "no", "29.6"),
    ("M07", "yes", "yes", "accidental", "lower_leg:right", "2018-06-26", "2018-06-06", "yes", "HD", "yes", "yes", "no", "no", "24.8"),
    ("M08", "yes", "yes", "injection", "flank:left", "2025-02-18", "2025-01-20", "no", "none", "no", "no", "no", "yes", "44.0"),
    ("M09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.4"),
    ("M10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.0"),
    ("M11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "34.8"),
    ("M12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.6"),
    ("M13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.0"),
    ("M14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "42.0"),
    ("M15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "33.6"),
    ("M16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "39.2"),
    ("M17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "22.5"),
    ("M18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.7"),
    ("M19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "36.1"),
    ("M20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.3"),
]
