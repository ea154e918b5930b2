"""Patient-level gold for annotations/probe254 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "thigh:right", "2023-05-14", "2018", "yes", "HD", "yes", "yes", "no", "yes", "33.4"),
    ("B02", "yes", "yes", "thermal", "lower_leg:left", "2022-12-26", "2022-11", "yes", "PD", "no", "no", "yes", "no", "27.1"),
    ("B03", "yes", "yes", "pressure", "breast:left", "2023-07", "2023-01", "yes", "HD", "yes", "no", "yes", "yes", "41.2"),
    ("B04", "yes", "yes", "procedure", "forearm:left", "2022-10-19", "2022-10-03", "yes", "HD", "no", "no", "no", "no", "24.0"),
    ("B05", "yes", "yes", "injection", "abdomen:right", "2024-03-17", "2024-02-15", "yes", "HD", "yes", "yes", "no", "no", "28.7"),
    ("B06", "yes", "yes", "thermal", "hip:left", "2024-10-08", "2024-09", "yes", "HD", "no", "no", "no", "yes", "31.5"),
    ("B07", "yes", "yes", "accidental", "lower_leg:right", "2025-01-25", "2024-12-31", "yes", "HD", "yes", "yes", "yes", "no", "22.4"),
    ("B08", "yes", "yes", "injection", "upper_arm:left", "2023-10-31", "2023-10-05", "yes", "PD", "no", "no", "yes", "no", "26.2"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.0"),
    ("B10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.3"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "38.7"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.9"),
    ("B14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.3"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.8"),
    ("B16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.5"),
    ("B17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.9"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.4"),
    ("B19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "23.1"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "35.2"),
]
