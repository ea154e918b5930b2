"""Patient-level gold for annotations/probe218 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "thigh:left", "2023-03-28", "2023-03-06", "yes", "HD", "no", "no", "no", "yes", "32.8"),
    ("B02", "yes", "yes", "thermal", "thigh:bilateral", "2022-12", "2022-11-24", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("B03", "yes", "yes", "pressure", "upper_arm:right", "2024-07", "2024-07-09", "yes", "HD", "yes", "no", "yes", "no", "27.4"),
    ("B04", "yes", "yes", "procedure", "lower_leg:left", "2021-01", "2021-01-01", "yes", "HD", "yes", "yes", "no", "no", "24.2"),
    ("B05", "yes", "yes", "accidental", "hip:right", "2020-09-01", "2020-08-19", "no", "none", "no", "no", "yes", "yes", "40.6"),
    ("B06", "yes", "yes", "injection", "abdomen:unspecified", "2019", "2016", "yes", "PD", "yes", "yes", "no", "yes", "36.8"),
    ("B07", "yes", "yes", "thermal", "chest:left", "2019-12-25", "2019-11-02", "yes", "HD", "no", "no", "yes", "no", "28.5"),
    ("B08", "yes", "yes", "pressure", "lower_leg:bilateral", "2025-02-17", "2025-02-03", "yes", "HD", "yes", "yes", "no", "yes", "31.6"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "34.0"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "38.3"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.1"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", ""),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.4"),
    ("B16", "possible", "no", "", "", "", "", "yes", "none", "yes", "yes", "yes", "yes", "32.0"),
    ("B17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.0"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.7"),
    ("B19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.8"),
    ("B20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.9"),
]
