"""Patient-level gold for annotations/probe40 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "abdomen:left", "2020-02-03", "2019-08-12", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("B02", "yes", "yes", "thermal", "flank:right", "2021-01-01", "2020-10", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("B03", "yes", "yes", "pressure", "lower_leg:left", "2019-05-21", "2019-05-07", "yes", "HD", "yes", "no", "no", "yes", "41.3"),
    ("B04", "yes", "yes", "procedure", "groin:right", "2019-12-24", "2019-12-03", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("B05", "yes", "yes", "accidental", "thigh:right", "2023-01-16", "2022-12-31", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("B06", "yes", "yes", "injection", "abdomen:bilateral", "2023-07-04", "2023-06", "yes", "PD", "yes", "no", "yes", "yes", "35.2"),
    ("B07", "yes", "yes", "thermal", "knee:left", "2022-12", "2022", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("B08", "yes", "yes", "pressure", "hip:right", "2024-04-02", "2024-02", "yes", "HD", "no", "no", "no", "yes", "38.9"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "22.6"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.1"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.1"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("B14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.7"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("B16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "25.5"),
    ("B17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "32.2"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "35.9"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.7"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
]
