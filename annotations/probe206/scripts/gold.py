"""Patient-level gold for annotations/probe206 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "abdomen:right", "2020-06-02", "2018-03", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("B02", "yes", "yes", "thermal", "lower_leg:left", "2023-01", "2022-11-24", "yes", "HD", "yes", "no", "yes", "no", "28.4"),
    ("B03", "yes", "yes", "pressure", "upper_arm:right", "2020-01-30", "2019-09-12", "yes", "HD", "no", "no", "no", "no", "27.1"),
    ("B04", "yes", "yes", "procedure", "abdomen:right", "2017-11", "2017-10-03", "yes", "HD", "no", "no", "yes", "yes", "33.0"),
    ("B05", "yes", "yes", "accidental", "lower_leg:right", "2024-03-28", "2024-03-14", "yes", "HD", "yes", "no", "no", "no", "24.6"),
    ("B06", "yes", "yes", "injection", "thigh:bilateral", "2021-09-06", "2021", "yes", "PD", "yes", "yes", "no", "yes", "41.0"),
    ("B07", "yes", "yes", "pressure", "lower_leg:bilateral", "2020-12", "2020-10-07", "yes", "HD", "yes", "yes", "yes", "yes", "31.2"),
    ("B08", "yes", "yes", "injection", "forearm:left", "2023-10-20", "2023-10-02", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "34.0"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "30.0"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.3"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.7"),
    ("B13", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "36.4"),
    ("B14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "37.9"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.1"),
    ("B16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "23.9"),
    ("B17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.7"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.8"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "24.0"),
    ("B20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "33.3"),
]
