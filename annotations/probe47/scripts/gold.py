"""Patient-level gold for annotations/probe47 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("H01", "yes", "yes", "injection", "abdomen:left", "2021-04-04", "2020-06", "yes", "PD", "yes", "yes", "no", "yes", "30.4"),
    ("H02", "yes", "yes", "thermal", "hip:right", "2019-09-03", "2019-07", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("H03", "yes", "yes", "pressure", "lower_leg:bilateral", "2022-11-28", "2022-11-07", "yes", "HD", "yes", "no", "no", "yes", "35.6"),
    ("H04", "yes", "yes", "procedure", "groin:right", "2024-03-29", "2024-03-11", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("H05", "yes", "yes", "accidental", "knee:left", "2019-11", "2019-11-05", "no", "none", "no", "no", "yes", "no", "24.1"),
    ("H06", "yes", "yes", "injection", "upper_arm:left", "2025-02-10", "2025-01-01", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("H07", "yes", "yes", "thermal", "lower_leg:right", "2020-07-06", "2020-05", "yes", "HD", "no", "no", "no", "no", "22.8"),
    ("H08", "yes", "yes", "pressure", "flank:right", "2023-03", "2023-02-20", "yes", "PD", "yes", "yes", "yes", "yes", "33.0"),
    ("H09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.9"),
    ("H10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("H11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.7"),
    ("H12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.5"),
    ("H13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "31.9"),
    ("H14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "25.5"),
    ("H15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("H16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "30.2"),
    ("H17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "27.9"),
    ("H18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "23.0"),
    ("H19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "21.0"),
    ("H20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.5"),
]
