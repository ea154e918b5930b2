"""Patient-level gold for annotations/probe146 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "procedure", "abdomen:left", "2016-02-24", "2016-01-19", "yes", "HD", "no", "no", "no", "no", "25.7"),
    ("B02", "yes", "yes", "injection", "thigh:bilateral", "2019-11", "2019-10", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("B03", "yes", "yes", "pressure", "elbow:left", "2023", "2022", "no", "none", "no", "no", "no", "yes", "30.1"),
    ("B04", "yes", "yes", "thermal", "back:left", "2018-11-22", "2018-09-03", "yes", "PD", "yes", "yes", "no", "no", "21.9"),
    ("B05", "yes", "yes", "accidental", "lower_leg:right", "2024-02-20", "2024-02-10", "yes", "HD", "yes", "no", "yes", "no", "27.9"),
    ("B06", "yes", "yes", "injection", "upper_arm:right", "2021-01-01", "2020-12", "yes", "HD", "yes", "yes", "no", "no", "24.2"),
    ("B07", "yes", "yes", "accidental", "forearm:left", "2017-05-29", "2017-04-16", "yes", "HD", "no", "no", "yes", "no", "23.0"),
    ("B08", "yes", "yes", "injection;thermal", "abdomen:right", "2025-06-14", "2025-05-06", "no", "none", "yes", "no", "yes", "yes", "38.2"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("B10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "32.6"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "43.8"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.3"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "25.4"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.8"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.0"),
    ("B16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "19.5"),
    ("B17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "30.9"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.0"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "33.9"),
    ("B20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "26.6"),
]
