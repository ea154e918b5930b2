"""Patient-level gold for annotations/probe161 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "upper_arm:bilateral", "2019-10-30", "2019-03-12", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("B02", "yes", "yes", "injection", "thigh:left", "2021-11-25", "2021-08", "yes", "PD", "no", "no", "yes", "no", "28.0"),
    ("B03", "yes", "yes", "thermal", "abdomen:right", "2023-06", "2022", "yes", "HD", "no", "no", "no", "yes", "36.1"),
    ("B04", "yes", "yes", "thermal", "lower_leg:right", "2018-02", "2017-12-25", "yes", "HD", "yes", "yes", "no", "no", "29.5"),
    ("B05", "yes", "yes", "pressure", "hip:left", "2020-09-03", "2020-04", "yes", "PD", "yes", "no", "no", "yes", "31.2"),
    ("B06", "yes", "yes", "procedure", "flank:left", "2024-03-31", "2024-02-06", "no", "none", "no", "no", "yes", "yes", "41.7"),
    ("B07", "yes", "yes", "procedure", "abdomen:left", "2017-09", "2017-03", "yes", "PD", "yes", "yes", "no", "no", "27.0"),
    ("B08", "yes", "yes", "accidental", "ankle:left", "2025-08-02", "2025-07-04", "yes", "HD", "yes", "no", "no", "no", "24.3"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.9"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.3"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "45.9"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.2"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.6"),
    ("B14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.0"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.9"),
    ("B16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "32.1"),
    ("B17", "possible", "no", "", "", "", "", "yes", "none", "yes", "yes", "no", "no", "21.4"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.9"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "23.1"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.8"),
]
