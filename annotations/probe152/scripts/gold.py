"""Patient-level gold for annotations/probe152 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "buttock:right", "2019-04-23", "2019-04-03", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("B02", "yes", "yes", "injection", "thigh:bilateral", "2023-09", "2023-06", "yes", "PD", "no", "no", "yes", "no", "24.1"),
    ("B03", "yes", "yes", "thermal", "ankle:left", "2021-01", "2020-12-25", "yes", "HD", "no", "no", "yes", "no", "28.5"),
    ("B04", "yes", "yes", "pressure", "flank:left", "2018-06-02", "2018", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("B05", "yes", "yes", "procedure", "upper_arm:left", "2017-09-02", "2017-08-17", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("B06", "yes", "yes", "procedure", "chest:right", "2017-02", "2016-10-11", "yes", "HD", "no", "no", "no", "no", "26.3"),
    ("B07", "yes", "yes", "accidental", "lower_leg:right", "2024-06-11", "2024-05-27", "yes", "PD", "yes", "no", "no", "no", "22.7"),
    ("B08", "yes", "yes", "injection;pressure", "abdomen:left", "2026-01-26", "2026-01-01", "yes", "HD", "no", "no", "yes", "yes", "37.9"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.6"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "33.5"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "19.6"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "42.9"),
    ("B13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "26.6"),
    ("B15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.2"),
    ("B16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "34.8"),
    ("B17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "21.8"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.7"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "31.9"),
    ("B20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "21.5"),
]
