"""Patient-level gold for annotations/probe33 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("H01", "yes", "yes", "injection", "abdomen:right", "2021-01-29", "2020-06", "yes", "PD", "yes", "yes", "no", "yes", "36.2"),
    ("H02", "yes", "yes", "thermal", "knee:left", "2023-02-14", "2022-12-25", "yes", "HD", "no", "no", "yes", "no", "26.8"),
    ("H03", "yes", "yes", "pressure", "lower_leg:right", "2024-06", "2024-04", "yes", "HD", "no", "no", "yes", "yes", "41.3"),
    ("H04", "yes", "yes", "procedure", "thigh:right", "2019-06", "2019-05-02", "yes", "HD", "yes", "yes", "no", "yes", "33.4"),
    ("H05", "yes", "yes", "accidental", "thigh:left", "2021-07-12", "2021-07-04", "yes", "PD", "no", "no", "yes", "no", "29.6"),
    ("H06", "yes", "yes", "injection", "upper_arm:left", "2020-11-09", "2020-10-30", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("H07", "yes", "yes", "thermal", "lower_leg:bilateral", "2023-09-20", "2023-08", "yes", "HD", "yes", "yes", "no", "yes", "29.8"),
    ("H08", "yes", "yes", "pressure", "breast:left", "2024-10-14", "2024-08", "yes", "PD", "yes", "no", "no", "yes", "38.0"),
    ("H09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "35.0"),
    ("H10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.0"),
    ("H11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.8"),
    ("H12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("H13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.5"),
    ("H14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.9"),
    ("H15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("H16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "26.0"),
    ("H17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "27.0"),
    ("H18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("H19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "25.7"),
    ("H20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "32.1"),
]
