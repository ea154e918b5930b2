"""Patient-level gold for annotations/probe182 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "abdomen:left", "2023-04-19", "2023-04-08", "yes", "HD", "no", "no", "no", "no", "24.3"),
    ("B02", "yes", "yes", "injection", "buttock:right", "2022-03-19", "2022-03-04", "yes", "PD", "yes", "yes", "no", "no", "27.4"),
    ("B03", "yes", "yes", "thermal", "abdomen:unspecified", "2019-11", "2019-10-14", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("B04", "yes", "yes", "pressure", "flank:left", "2023-12-20", "2023", "yes", "HD", "yes", "yes", "no", "yes", "38.9"),
    ("B05", "yes", "yes", "procedure", "forearm:left", "2021-06-29", "2021-06-22", "yes", "HD", "no", "no", "yes", "no", "22.5"),
    ("B06", "yes", "yes", "accidental", "lower_leg:right", "2018-03", "2018-02-09", "yes", "PD", "yes", "no", "no", "yes", "33.1"),
    ("B07", "yes", "yes", "injection", "thigh:bilateral", "2020-05", "2020-03", "yes", "HD", "no", "no", "yes", "no", "28.3"),
    ("B08", "yes", "yes", "procedure", "genitals:left", "2017-11-23", "2017-09-12", "yes", "HD", "yes", "yes", "no", "yes", "30.8"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.0"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "34.5"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "38.2"),
    ("B13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "24.1"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("B15", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "27.5"),
    ("B16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "35.2"),
    ("B17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "21.9"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.0"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "29.4"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.0"),
]
