"""Patient-level gold for annotations/probe194 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "abdomen:left", "2019-05-28", "2019-03-12", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("B02", "yes", "yes", "injection", "buttock:right", "2022-08-30", "2022-08-09", "yes", "HD", "no", "no", "no", "no", "24.6"),
    ("B03", "yes", "yes", "thermal", "lower_leg:left", "2021-01", "2020-12-25", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("B04", "yes", "yes", "pressure", "flank:right", "2023-02-22", "2023-01", "yes", "PD", "no", "no", "no", "yes", "35.8"),
    ("B05", "yes", "yes", "procedure", "breast:right", "2019-04-21", "2019-03", "no", "none", "no", "no", "yes", "no", "27.2"),
    ("B06", "yes", "yes", "accidental", "lower_leg:right", "2021-01", "2020", "yes", "HD", "yes", "no", "yes", "no", ""),
    ("B07", "yes", "yes", "pressure", "buttock:bilateral", "2024-06-18", "", "yes", "HD", "yes", "yes", "no", "yes", "29.4"),
    ("B08", "yes", "yes", "thermal", "foot:left", "2023-09", "2023-08-31", "yes", "HD", "yes", "yes", "no", "no", "28.2"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.6"),
    ("B10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.2"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("B12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "33.4"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.8"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "33.8"),
    ("B15", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "no", "no", "22.8"),
    ("B16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("B17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "19.5"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "20.3"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.3"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.7"),
]
