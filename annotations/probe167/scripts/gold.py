"""Patient-level gold for annotations/probe167 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "thigh:right", "2019-02-05", "2018-10-05", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("B02", "yes", "yes", "pressure", "chest:left", "2023-10", "2023-08-14", "yes", "HD", "no", "no", "yes", "no", "24.6"),
    ("B03", "yes", "yes", "thermal", "foot:right", "2021-01", "2020-12-24", "yes", "PD", "yes", "yes", "no", "no", "27.9"),
    ("B04", "yes", "yes", "procedure", "abdomen:unspecified", "2022-06", "2022-04", "yes", "HD", "yes", "no", "no", "yes", "36.2"),
    ("B05", "yes", "yes", "accidental", "forearm:left", "2024-03-05", "2024-02-03", "yes", "HD", "no", "no", "no", "no", "21.4"),
    ("B06", "yes", "yes", "injection", "upper_arm:bilateral", "2021-11-08", "2021", "yes", "PD", "no", "no", "no", "no", "19.8"),
    ("B07", "yes", "yes", "pressure", "lower_leg:left", "2018-09-03", "2018-03", "yes", "HD", "yes", "yes", "yes", "yes", "31.5"),
    ("B08", "yes", "yes", "accidental;thermal", "hip:left", "2025-06", "2025-06-02", "no", "none", "no", "no", "yes", "no", "28.4"),
    ("B09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("B10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "29.9"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.7"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "34.0"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.1"),
    ("B14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "29.4"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.3"),
    ("B16", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "32.2"),
    ("B17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.0"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.5"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.0"),
    ("B20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "22.7"),
]
