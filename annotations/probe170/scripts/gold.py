"""Patient-level gold for annotations/probe170 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "upper_arm:left", "2019-05-20", "2019-03-04", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("B02", "yes", "yes", "thermal", "shoulder:right", "2022-12-24", "2022-11-24", "yes", "PD", "no", "no", "yes", "no", "28.1"),
    ("B03", "yes", "yes", "pressure", "flank:right", "2020-10", "2020-08", "yes", "HD", "yes", "no", "no", "yes", "37.9"),
    ("B04", "yes", "yes", "procedure", "forearm:left", "2023-07-23", "2023-06-06", "yes", "HD", "yes", "yes", "no", "no", "23.1"),
    ("B05", "yes", "yes", "accidental", "lower_leg:left", "2025-01-20", "2025-01-06", "yes", "HD", "no", "no", "yes", "no", "22.7"),
    ("B06", "yes", "yes", "injection", "thigh:bilateral", "2018-12", "2018-10", "yes", "HD", "yes", "yes", "no", "yes", "41.9"),
    ("B07", "yes", "yes", "pressure", "head:unspecified", "2024-02-03", "2021", "yes", "PD", "yes", "yes", "no", "yes", "46.5"),
    ("B08", "yes", "yes", "pressure;procedure", "abdomen:left", "2017-01-02", "2016-11-03", "yes", "HD", "no", "no", "yes", "no", "18.9"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.1"),
    ("B10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.8"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "48.1"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.2"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "29.7"),
    ("B14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.0"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.4"),
    ("B16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "33.9"),
    ("B17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "20.6"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "24.6"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
]
