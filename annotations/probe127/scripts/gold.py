"""Patient-level gold for annotations/probe127 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("M01", "yes", "yes", "injection", "upper_arm:left", "2020-01-21", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "32.9"),
    ("M02", "yes", "yes", "thermal", "back:bilateral", "2022-01", "2021-11-25", "yes", "PD", "no", "no", "yes", "no", "26.8"),
    ("M03", "yes", "yes", "pressure", "lower_leg:right", "2023-04-02", "2023-03-08", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("M04", "yes", "yes", "procedure", "groin:left", "2020-11", "2020-09-14", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("M05", "yes", "yes", "accidental", "thigh:right", "2024-10-28", "2024", "yes", "HD", "no", "no", "yes", "yes", "35.2"),
    ("M06", "yes", "yes", "injection", "abdomen:unspecified", "2025-02-14", "2025-02-03", "yes", "HD", "yes", "no", "yes", "yes", "30.4"),
    ("M07", "yes", "yes", "thermal", "knee:left", "2019-10-08", "2019-09-10", "yes", "PD", "yes", "yes", "no", "no", "28.5"),
    ("M08", "yes", "yes", "injection;pressure", "thigh:bilateral", "2024-02-10", "2023-05", "yes", "HD", "yes", "yes", "no", "yes", "30.9"),
    ("M09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("M10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("M11", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "21.8"),
    ("M12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.6"),
    ("M13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "25.7"),
    ("M14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "24.8"),
    ("M15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.9"),
    ("M16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.5"),
    ("M17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("M18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.5"),
    ("M19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "23.4"),
    ("M20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.2"),
]
