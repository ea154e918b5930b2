"""Patient-level gold for annotations/probe14 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("M01", "yes", "yes", "injection", "thigh:right", "2022-01-01", "2021-03", "yes", "PD", "yes", "yes", "no", "yes", "31.4"),
    ("M02", "yes", "yes", "thermal", "back:left", "2024-01-16", "2023-11", "yes", "HD", "yes", "no", "yes", "no", "23.5"),
    ("M03", "yes", "yes", "pressure", "lower_leg:left", "2023-05-23", "2023-04-10", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("M04", "yes", "yes", "procedure", "hip:right", "2021-05", "2021-02-17", "no", "none", "yes", "no", "yes", "yes", "34.8"),
    ("M05", "yes", "yes", "accidental", "forearm:left", "2020-01-01", "2019-12-26", "yes", "HD", "no", "no", "no", "no", "26.2"),
    ("M06", "yes", "yes", "injection", "abdomen:unspecified", "2022-09-29", "2022-08", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("M07", "yes", "yes", "thermal", "thigh:bilateral", "2024-02-05", "2023-10", "yes", "PD", "yes", "yes", "yes", "yes", "38.1"),
    ("M08", "yes", "yes", "pressure", "foot:left", "2025-05-20", "2025-05-03", "yes", "HD", "yes", "yes", "no", "no", "27.5"),
    ("M09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "42.0"),
    ("M10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.9"),
    ("M11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "33.3"),
    ("M12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "36.0"),
    ("M13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "40.2"),
    ("M14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "21.7"),
    ("M15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "28.0"),
    ("M16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("M17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.1"),
    ("M18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.0"),
    ("M19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "35.5"),
    ("M20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "24.0"),
]
