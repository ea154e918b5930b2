"""Patient-level gold for annotations/probe7 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "abdomen:right", "2015-04-03", "2014-09", "yes", "HD", "yes", "yes", "no", "yes", "34.8"),
    ("B02", "yes", "yes", "thermal", "flank:left", "2017-10-19", "2016-10-31", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("B03", "yes", "yes", "pressure", "back:bilateral", "2019-06-11", "2019-01", "yes", "HD", "no", "no", "no", "yes", "40.5"),
    ("B04", "yes", "yes", "procedure", "thigh:right", "2021-04-04", "2021-03-11", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("B05", "yes", "yes", "accidental", "lower_leg:left", "2023-01", "2022-12-31", "yes", "HD", "yes", "no", "yes", "no", "29.6"),
    ("B06", "yes", "yes", "injection", "abdomen:bilateral", "2016-09-05", "2016-08-14", "yes", "HD", "no", "no", "no", "yes", "38.3"),
    ("B07", "yes", "yes", "injection", "thigh:left", "2024-03-03", "2023-10-02", "yes", "PD", "yes", "no", "no", "yes", "37.9"),
    ("B08", "yes", "yes", "accidental;thermal", "thigh:left", "2020-02-27", "2020-02-10", "yes", "HD", "yes", "yes", "yes", "yes", "32.3"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.8"),
    ("B10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.1"),
    ("B11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "43.0"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "45.3"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("B16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.4"),
    ("B17", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "no", "no", "21.7"),
    ("B18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "31.0"),
    ("B19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "19.2"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
]
