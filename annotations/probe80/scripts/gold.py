"""Patient-level gold for annotations/probe80 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("H01", "yes", "yes", "injection", "thigh:left", "2020-10-22", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("H02", "yes", "yes", "thermal", "flank:right", "2020-12-31", "2020-11-26", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("H03", "yes", "yes", "pressure", "breast:left", "2023-03", "2023-01", "yes", "HD", "yes", "no", "no", "yes", "40.9"),
    ("H04", "yes", "yes", "procedure", "hip:right", "2022-09-20", "2022-08-09", "yes", "HD", "no", "no", "no", "no", "24.1"),
    ("H05", "yes", "yes", "accidental", "lower_leg:left", "2024-03-01", "2024-02-14", "yes", "PD", "yes", "yes", "no", "no", "29.6"),
    ("H06", "yes", "yes", "injection", "abdomen:bilateral", "2025-02", "2025-02-03", "yes", "HD", "no", "no", "yes", "yes", "36.2"),
    ("H07", "yes", "yes", "thermal", "knee:bilateral", "2019-11-04", "2019", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("H08", "yes", "yes", "accidental", "upper_arm:right", "2019-06-20", "2019-05", "yes", "HD", "yes", "no", "yes", "no", "26.4"),
    ("H09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.0"),
    ("H10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("H11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("H12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("H13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "43.8"),
    ("H14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.0"),
    ("H15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("H16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "25.5"),
    ("H17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.4"),
    ("H18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.9"),
    ("H19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
    ("H20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "32.1"),
]
