"""Patient-level gold for annotations/probe224 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "abdomen:right", "2023-03-24", "2023-03-06", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("B02", "yes", "yes", "thermal", "abdomen:left", "2023-01", "2022-11-24", "yes", "PD", "yes", "no", "yes", "yes", "30.0"),
    ("B03", "yes", "yes", "pressure", "lower_leg:bilateral", "2024-02-27", "2024-02-10", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("B04", "yes", "yes", "procedure", "thigh:left", "2021-10-16", "2021-10-03", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("B05", "yes", "yes", "accidental", "lower_leg:right", "2020-10", "2020-09-12", "yes", "HD", "no", "no", "yes", "no", "22.4"),
    ("B06", "yes", "yes", "injection", "thigh:left", "2025-08", "2025", "yes", "PD", "yes", "yes", "no", "yes", "38.7"),
    ("B07", "yes", "yes", "thermal", "shoulder:right", "2019-07-29", "2019-06-24", "yes", "HD", "yes", "no", "no", "yes", "41.2"),
    ("B08", "yes", "yes", "pressure", "thigh:bilateral", "2024-05-27", "2022", "yes", "HD", "yes", "yes", "no", "yes", "34.4"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.5"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "31.8"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "25.1"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.3"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.9"),
    ("B14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "44.0"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.5"),
    ("B16", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "24.0"),
    ("B17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.0"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", ""),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.2"),
]
