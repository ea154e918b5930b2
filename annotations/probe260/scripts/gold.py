"""Patient-level gold for annotations/probe260 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("H01", "yes", "yes", "injection", "upper_arm:right", "2022-09-20", "2022-09-06", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("H02", "yes", "yes", "thermal", "thigh:right", "2019-04-24", "2019-04-11", "yes", "PD", "no", "no", "yes", "yes", "31.0"),
    ("H03", "yes", "yes", "pressure", "hip:right", "2021-02-02", "2021-01-17", "yes", "HD", "no", "no", "no", "no", "27.9"),
    ("H04", "yes", "yes", "procedure", "thigh:left", "2020-03", "2020-03-03", "yes", "HD", "yes", "no", "yes", "no", "29.6"),
    ("H05", "yes", "yes", "procedure", "abdomen:left", "2023-12", "2023-11-08", "yes", "PD", "yes", "yes", "no", "yes", "37.6"),
    ("H06", "yes", "yes", "injection", "thigh:bilateral", "2018-07-04", "2018-06-12", "yes", "HD", "no", "no", "yes", "yes", "41.0"),
    ("H07", "yes", "yes", "accidental", "lower_leg:left", "2024-03-05", "2024-02-20", "yes", "HD", "yes", "no", "yes", "no", "22.3"),
    ("H08", "yes", "yes", "pressure", "lower_leg:bilateral", "2025-02-11", "2025-01-14", "yes", "HD", "yes", "yes", "no", "yes", "30.5"),
    ("H09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("H10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "27.6"),
    ("H11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.2"),
    ("H12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("H13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "29.2"),
    ("H14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "35.5"),
    ("H15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "33.8"),
    ("H16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "17.6"),
    ("H17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "32.8"),
    ("H18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("H19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", ""),
    ("H20", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "21.0"),
]
