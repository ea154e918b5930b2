"""Patient-level gold for annotations/probe200 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "abdomen:right", "2023-05-27", "2023-05-08", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("B02", "yes", "yes", "thermal", "lower_leg:left", "2020-01", "2019-11-28", "yes", "PD", "yes", "yes", "no", "no", "28.4"),
    ("B03", "yes", "yes", "pressure", "lower_leg:bilateral", "2025-02-04", "2024", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("B04", "yes", "yes", "procedure", "thigh:left", "2022-05", "2022-03-15", "no", "none", "yes", "no", "yes", "yes", "35.7"),
    ("B05", "yes", "yes", "accidental", "lower_leg:right", "2021-10-19", "2021-10-03", "yes", "HD", "yes", "yes", "no", "no", "26.9"),
    ("B06", "yes", "yes", "injection", "thigh:right", "2025-03-22", "2025-03-04", "yes", "PD", "no", "no", "yes", "no", "24.0"),
    ("B07", "yes", "yes", "procedure;thermal", "groin:right", "2024-09", "2024-08-14", "yes", "HD", "yes", "no", "no", "yes", "31.5"),
    ("B08", "yes", "yes", "pressure", "thigh:right", "2023-04-09", "2023-01-10", "yes", "HD", "yes", "yes", "no", "no", "26.1"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "38.8"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.7"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.5"),
    ("B13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "33.0"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "25.2"),
    ("B15", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "22.1"),
    ("B16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("B17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "27.3"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.0"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "31.0"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.8"),
]
