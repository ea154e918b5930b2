"""Patient-level gold for annotations/probe158 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "thigh:right", "2019-05-01", "2019-03-04", "yes", "PD", "yes", "no", "no", "yes", "32.8"),
    ("B02", "yes", "yes", "pressure", "flank:bilateral", "2022-06", "2022-04", "yes", "HD", "no", "no", "yes", "yes", "35.8"),
    ("B03", "yes", "yes", "thermal", "knee:left", "2018-01-01", "2017-11-23", "yes", "HD", "yes", "yes", "no", "no", "28.1"),
    ("B04", "yes", "yes", "procedure", "abdomen:right", "2023-11-01", "2023-10-12", "yes", "HD", "yes", "no", "yes", "yes", "41.0"),
    ("B05", "yes", "yes", "accidental", "forearm:right", "2024-02-24", "2024-02-08", "no", "none", "no", "no", "yes", "yes", "29.8"),
    ("B06", "yes", "yes", "injection", "buttock:right", "2017-09", "2017-08-29", "yes", "HD", "yes", "yes", "no", "no", "24.6"),
    ("B07", "yes", "yes", "injection", "abdomen:unspecified", "2023-02", "2011", "yes", "HD", "yes", "yes", "yes", "no", "29.7"),
    ("B08", "yes", "yes", "pressure", "upper_arm:right", "2024-12", "2024", "yes", "HD", "no", "no", "no", "yes", "30.8"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("B10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "38.1"),
    ("B11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "44.0"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "31.7"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.1"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.5"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("B16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "22.1"),
    ("B17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "37.5"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.7"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.1"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
]
