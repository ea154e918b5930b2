"""Patient-level gold for annotations/probe108 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("H01", "yes", "yes", "injection", "abdomen:left", "2023-01-24", "2021-06", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("H02", "yes", "yes", "thermal", "back:unspecified", "2021-11-25", "2021", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("H03", "yes", "yes", "pressure", "lower_leg:bilateral", "2024-06-02", "2024-05-06", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("H04", "yes", "yes", "procedure", "knee:right", "2019-10", "2019-07-22", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("H05", "yes", "yes", "accidental", "buttock:right", "2025-01-20", "2024-12-31", "yes", "HD", "yes", "yes", "yes", "no", "24.9"),
    ("H06", "yes", "yes", "injection", "upper_arm:bilateral", "2020-05", "2020-04-03", "yes", "PD", "yes", "yes", "no", "no", "22.1"),
    ("H07", "yes", "yes", "thermal", "shoulder:left", "2018-02-23", "2018-02-12", "yes", "HD", "yes", "no", "yes", "yes", "41.5"),
    ("H08", "yes", "yes", "injection;pressure", "abdomen:right", "2025-12-24", "2023-09", "yes", "HD", "yes", "yes", "no", "yes", "36.1"),
    ("H09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "37.6"),
    ("H10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("H11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "33.0"),
    ("H12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.8"),
    ("H13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "28.4"),
    ("H14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "44.0"),
    ("H15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "23.0"),
    ("H16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    ("H17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "27.7"),
    ("H18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("H19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.4"),
    ("H20", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "35.1"),
]
