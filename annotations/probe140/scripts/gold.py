"""Patient-level gold for annotations/probe140 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "abdomen:bilateral", "2019-03-26", "2019-03-04", "yes", "HD", "no", "no", "yes", "yes", "32.6"),
    ("B02", "yes", "yes", "injection", "upper_arm:left", "2022-08", "2022-05", "yes", "PD", "yes", "no", "no", "no", "27.4"),
    ("B03", "yes", "yes", "thermal", "flank:right", "2020-03-17", "2020-01-01", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("B04", "yes", "yes", "pressure", "breast:left", "2024-06-02", "2023", "yes", "PD", "no", "no", "no", "yes", "35.8"),
    ("B05", "yes", "yes", "procedure", "upper_arm:right", "2017-10-27", "2017-10-03", "no", "none", "yes", "yes", "yes", "yes", "40.7"),
    ("B06", "yes", "yes", "accidental", "forearm:left", "2024-05-09", "2024-04-01", "yes", "HD", "no", "no", "no", "no", "21.4"),
    ("B07", "yes", "yes", "injection;thermal", "thigh:left", "2021-06", "2016-04-20", "yes", "HD", "yes", "yes", "no", "yes", "29.8"),
    ("B08", "yes", "yes", "pressure", "buttock:right", "2020-10", "", "yes", "HD", "no", "no", "no", "no", "28.9"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.1"),
    ("B10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.8"),
    ("B11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.6"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "43.7"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.4"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.6"),
    ("B15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.4"),
    ("B16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "33.1"),
    ("B17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "22.6"),
    ("B18", "no", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "27.9"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "25.3"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.2"),
]
