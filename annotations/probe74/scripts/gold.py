"""Patient-level gold for annotations/probe74 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "abdomen:left", "2019-07-24", "2019-07-02", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("B02", "yes", "yes", "thermal", "knee:right", "2021-03-09", "2021-02", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("B03", "yes", "yes", "pressure", "flank:right", "2023-01", "2022-11-25", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("B04", "yes", "yes", "procedure", "hip:left", "2020-11-17", "2020-10-02", "yes", "none", "yes", "yes", "yes", "no", "28.4"),
    ("B05", "yes", "yes", "accidental", "lower_leg:right", "2024-04", "2024-03-31", "yes", "HD", "no", "no", "yes", "no", "22.1"),
    ("B06", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-08-02", "2023-05-11", "yes", "HD", "yes", "yes", "yes", "yes", "34.9"),
    ("B07", "yes", "yes", "injection", "upper_arm:left", "2023-05", "2023-04-12", "yes", "PD", "no", "no", "no", "no", "24.0"),
    ("B08", "yes", "yes", "thermal", "buttock:right", "2019-01-20", "2018-12-25", "yes", "HD", "yes", "yes", "no", "yes", "41.7"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "31.2"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "44.0"),
    ("B14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "21.0"),
    ("B15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.0"),
    ("B16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.5"),
    ("B17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.4"),
    ("B18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "25.0"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "32.0"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.5"),
]
