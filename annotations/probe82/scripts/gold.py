"""Patient-level gold for annotations/probe82 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "procedure", "upper_arm:right", "2019-11-28", "2019-10-08", "no", "none", "yes", "no", "yes", "no", "27.3"),
    ("B02", "yes", "yes", "injection", "flank:left", "2023-08", "2022-02", "yes", "PD", "yes", "yes", "no", "yes", "35.1"),
    ("B03", "yes", "yes", "thermal", "hip:right", "2020-02", "2019-12-25", "yes", "HD", "no", "no", "yes", "yes", "31.2"),
    ("B04", "yes", "yes", "pressure", "thigh:bilateral", "2024-08-27", "2024-06", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
    ("B05", "yes", "yes", "accidental", "lower_leg:right", "2021-07-27", "2021-07-04", "yes", "HD", "no", "no", "no", "no", "24.6"),
    ("B06", "yes", "yes", "injection", "buttock:left", "2018-05-24", "2018-05-02", "yes", "HD", "no", "no", "no", "yes", "41.2"),
    ("B07", "yes", "yes", "thermal", "knee:left", "2022-10-03", "2022-09-05", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("B08", "yes", "yes", "procedure", "abdomen:right", "2025-02-20", "2025-01-14", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.2"),
    ("B10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.1"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.5"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "43.7"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "46.2"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.8"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", ""),
    ("B16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "23.1"),
    ("B17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.4"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "25.5"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "22.8"),
    ("B20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "28.4"),
]
