"""Patient-level gold for annotations/probe88 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("H01", "yes", "yes", "procedure", "chest:right", "2021-05-24", "2021-03-04", "yes", "HD", "yes", "no", "no", "yes", "33.4"),
    ("H02", "yes", "yes", "injection", "abdomen:left", "2023-01", "2022-11-24", "yes", "HD", "yes", "no", "yes", "no", "28.4"),
    ("H03", "yes", "yes", "pressure", "thigh:right", "2019-10-02", "2019-08-12", "yes", "HD", "no", "no", "yes", "yes", "36.2"),
    ("H04", "yes", "yes", "thermal", "back:left", "2020-07-04", "2020-04", "yes", "PD", "yes", "yes", "no", "yes", "33.9"),
    ("H05", "yes", "yes", "accidental", "lower_leg:right", "2023-03-01", "2023-02-10", "yes", "HD", "no", "no", "yes", "yes", "29.6"),
    ("H06", "yes", "yes", "injection", "thigh:left", "2024-11-05", "2024-06-03", "yes", "PD", "no", "no", "no", "no", "26.0"),
    ("H07", "yes", "yes", "procedure", "groin:right", "2018-11", "2018-09-20", "yes", "HD", "yes", "yes", "no", "yes", "40.8"),
    ("H08", "yes", "yes", "pressure", "lower_leg:bilateral", "2025-02", "2024-12-25", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
    ("H09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("H10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.0"),
    ("H11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "32.5"),
    ("H12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "35.4"),
    ("H13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "47.6"),
    ("H14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.2"),
    ("H15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "24.1"),
    ("H16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "30.0"),
    ("H17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "33.0"),
    ("H18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("H19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.0"),
    ("H20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
]
