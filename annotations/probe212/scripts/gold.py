"""Patient-level gold for annotations/probe212 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "thigh:left", "2022-06-27", "2022-02-16", "yes", "HD", "no", "no", "no", "no", "27.4"),
    ("B02", "yes", "yes", "thermal", "breast:right", "2020-12", "2020-11-26", "yes", "HD", "no", "no", "no", "yes", "33.0"),
    ("B03", "yes", "yes", "pressure", "hip:left", "2023-03-12", "2023-02", "no", "none", "yes", "no", "yes", "yes", "30.0"),
    ("B04", "yes", "yes", "procedure", "abdomen:left", "2021-10", "2021-09-07", "no", "none", "no", "no", "yes", "yes", "36.4"),
    ("B05", "yes", "yes", "accidental", "lower_leg:right", "2024-01-15", "2023-12-31", "yes", "HD", "yes", "yes", "no", "no", "24.8"),
    ("B06", "yes", "yes", "injection", "abdomen:unspecified", "2020-12-25", "2020-08", "yes", "HD", "yes", "yes", "no", "yes", "38.7"),
    ("B07", "yes", "yes", "injection", "buttock:right", "2019-06-19", "2019-03-04", "yes", "HD", "no", "no", "no", "no", "29.5"),
    ("B08", "yes", "yes", "pressure", "lower_leg:bilateral", "2025-06", "2024", "yes", "PD", "no", "no", "no", "yes", "31.6"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.3"),
    ("B10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "41.2"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.1"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.5"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("B15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
    ("B16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.9"),
    ("B17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.8"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "32.0"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "22.6"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.5"),
]
