"""Patient-level gold for annotations/probe124 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("H01", "yes", "yes", "injection", "upper_arm:left", "2019-03-12", "2018-08", "yes", "HD", "yes", "yes", "no", "yes", "32.9"),
    ("H02", "yes", "yes", "thermal", "back:right", "2020-11-27", "2020-09", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("H03", "yes", "yes", "pressure", "lower_leg:bilateral", "2022-03", "2022-01-10", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("H04", "yes", "yes", "procedure", "abdomen:unspecified", "2021-09-06", "2021-06-08", "yes", "HD", "no", "no", "yes", "yes", "34.0"),
    ("H05", "yes", "yes", "accidental", "knee:right", "2024-01-19", "2023-12-31", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
    ("H06", "yes", "yes", "injection;thermal", "thigh:left", "2018-08", "2016-02", "yes", "PD", "yes", "yes", "no", "yes", "40.6"),
    ("H07", "yes", "yes", "thermal", "shoulder:right", "2025-04-20", "2025-02", "no", "none", "no", "no", "yes", "yes", "37.1"),
    ("H08", "yes", "yes", "pressure", "thigh:right", "2026-01-31", "2025-11", "yes", "HD", "yes", "no", "no", "no", "28.1"),
    ("H09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("H10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.6"),
    ("H11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.1"),
    ("H12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "43.2"),
    ("H13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.1"),
    ("H14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.6"),
    ("H15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("H16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "31.9"),
    ("H17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.5"),
    ("H18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "32.8"),
    ("H19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.3"),
    ("H20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "30.2"),
]
