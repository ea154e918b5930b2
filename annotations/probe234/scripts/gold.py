"""Patient-level gold for annotations/probe234 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("M01", "yes", "yes", "injection", "abdomen:right", "2022-04-02", "2022-03-08", "yes", "HD", "yes", "yes", "no", "yes", "35.4"),
    ("M02", "yes", "yes", "thermal", "lower_leg:left", "2023-06-19", "2023-05-29", "yes", "HD", "no", "no", "yes", "yes", "31.8"),
    ("M03", "yes", "yes", "pressure", "hip:left", "2020-01-26", "2019-12-28", "yes", "PD", "yes", "no", "yes", "yes", "43.1"),
    ("M04", "yes", "yes", "procedure", "thigh:right", "2021-10-21", "2021-10-04", "no", "none", "no", "no", "yes", "no", "29.4"),
    ("M05", "yes", "yes", "injection", "upper_arm:left", "2024-02-09", "2024-01-17", "yes", "HD", "no", "no", "no", "yes", "33.0"),
    ("M06", "yes", "yes", "accidental", "forearm:right", "2018-08", "2018-08-03", "yes", "HD", "no", "no", "no", "no", "24.6"),
    ("M07", "yes", "yes", "injection", "thigh:bilateral", "2019-02-18", "2019-01-10", "yes", "PD", "yes", "no", "no", "yes", "38.1"),
    ("M08", "yes", "yes", "procedure", "abdomen:left", "2019-12-24", "2019-11-22", "yes", "HD", "yes", "yes", "no", "yes", "40.8"),
    ("M09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "34.5"),
    ("M10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "36.4"),
    ("M11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.1"),
    ("M12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.8"),
    ("M13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "42.3"),
    ("M14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.0"),
    ("M15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.0"),
    ("M16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "29.7"),
    ("M17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "39.0"),
    ("M18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    ("M19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", ""),
    ("M20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "23.1"),
]
