"""Patient-level gold for annotations/probe176 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "thigh:left", "2019-05-20", "2019-03-04", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("B02", "yes", "yes", "thermal", "buttock:left", "2021-12-16", "2021-11-25", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("B03", "yes", "yes", "pressure", "flank:bilateral", "2023-11", "2023-10", "yes", "PD", "no", "no", "yes", "yes", "38.1"),
    ("B04", "yes", "yes", "procedure", "abdomen:unspecified", "2017-09-30", "2017-08-22", "yes", "HD", "yes", "no", "no", "no", "29.6"),
    ("B05", "yes", "yes", "accidental;injection", "lower_leg:right", "2024-03", "2024-02-03", "yes", "HD", "no", "no", "no", "no", "26.9"),
    ("B06", "yes", "yes", "injection", "upper_arm:right", "2017-07-03", "2017", "no", "none", "no", "no", "yes", "yes", "40.4"),
    ("B07", "yes", "yes", "accidental", "hip:right", "2022-04-06", "2022-03-09", "yes", "HD", "yes", "yes", "yes", "yes", "31.2"),
    ("B08", "yes", "yes", "thermal", "back:left", "2024-09-02", "2024-07-04", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.6"),
    ("B10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.3"),
    ("B11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "41.8"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.2"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.0"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "34.0"),
    ("B15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "29.5"),
    ("B16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "24.1"),
    ("B17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.0"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.3"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.8"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.7"),
]
