"""Patient-level gold for annotations/probe188 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "upper_arm:right", "2022-06-22", "2022-04-20", "yes", "HD", "no", "no", "no", "no", "25.8"),
    ("B02", "yes", "yes", "injection", "thigh:left", "2021-01-26", "2020-09-03", "yes", "HD", "yes", "yes", "no", "yes", "35.9"),
    ("B03", "yes", "yes", "thermal", "flank:right", "2023-08", "2023", "yes", "PD", "yes", "no", "yes", "yes", "30.0"),
    ("B04", "yes", "yes", "thermal", "lower_leg:bilateral", "2021-05-27", "2021-04-25", "yes", "HD", "yes", "yes", "no", "no", "27.1"),
    ("B05", "yes", "yes", "pressure", "abdomen:left", "2019-06", "2019-03", "yes", "PD", "no", "no", "yes", "yes", "33.1"),
    ("B06", "yes", "yes", "pressure", "breast:left", "2023-05-31", "2023-02-13", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("B07", "yes", "yes", "procedure", "lower_leg:left", "2024-05-28", "2024-03-07", "yes", "HD", "no", "no", "no", "no", "23.6"),
    ("B08", "yes", "yes", "accidental", "ankle:bilateral", "2024-01", "2023-12-26", "no", "none", "no", "no", "yes", "no", "28.7"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.9"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.9"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "43.8"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "31.2"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("B14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.2"),
    ("B15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.0"),
    ("B16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "22.0"),
    ("B17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "25.3"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "34.0"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "29.4"),
    ("B20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.0"),
]
