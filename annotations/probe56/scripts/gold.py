"""Patient-level gold for annotations/probe56 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "abdomen:left", "2019-06-28", "2019-01", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("B02", "yes", "yes", "thermal", "hip:right", "2023-01", "2022-10", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("B03", "yes", "yes", "pressure", "lower_leg:bilateral", "2024-04-29", "2024-03-04", "yes", "HD", "yes", "no", "no", "no", "29.8"),
    ("B04", "yes", "yes", "procedure", "abdomen:right", "2021-04-04", "2021-03-02", "yes", "none", "yes", "no", "no", "yes", "33.0"),
    ("B05", "yes", "yes", "accidental", "lower_leg:left", "2020-12", "2020-11-26", "yes", "HD", "no", "no", "yes", "no", "22.4"),
    ("B06", "yes", "yes", "injection", "upper_arm:left", "2023-08-28", "2023-08-14", "yes", "PD", "no", "no", "no", "yes", "31.0"),
    ("B07", "yes", "yes", "thermal", "knee:left", "2024-10", "2024-09-02", "yes", "HD", "yes", "yes", "no", "yes", "41"),
    ("B08", "yes", "yes", "pressure", "flank:left", "2018-05", "2018-02-12", "yes", "HD", "yes", "yes", "yes", "no", "28"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "37"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.2"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "44.1"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "19.8"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.3"),
    ("B16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("B17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "32.5"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", ""),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.4"),
]
