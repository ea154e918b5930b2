"""Patient-level gold for annotations/probe93 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("M01", "yes", "yes", "injection", "abdomen:right", "2019-06-17", "2019-06-03", "yes", "HD", "yes", "no", "no", "yes", "34.6"),
    ("M02", "yes", "yes", "thermal", "shoulder:left", "2021-01", "2020-11-26", "yes", "PD", "yes", "yes", "yes", "no", "28.7"),
    ("M03", "yes", "yes", "pressure", "lower_leg:right", "2022-04-22", "2022-03-08", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("M04", "yes", "yes", "procedure", "groin:right", "2018-10", "2018-09-17", "yes", "HD", "yes", "no", "no", "no", "27.3"),
    ("M05", "yes", "yes", "accidental", "thigh:right", "2022-01-09", "2021-12-24", "yes", "PD", "yes", "yes", "yes", "yes", "31.1"),
    ("M06", "yes", "yes", "injection", "forearm:left", "2024-04-20", "2024-03", "yes", "HD", "no", "no", "no", "no", "25.1"),
    ("M07", "yes", "yes", "pressure", "flank:bilateral", "2020-09-20", "2020-08-14", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("M08", "yes", "yes", "thermal", "foot:left", "2025-05-28", "2025-04-20", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("M09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "32.1"),
    ("M10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.4"),
    ("M11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.0"),
    ("M12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "40.8"),
    ("M13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "30.2"),
    ("M14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.6"),
    ("M15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.9"),
    ("M16", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "34.0"),
    ("M17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.0"),
    ("M18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "24.3"),
    ("M19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "28.5"),
    ("M20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "31.0"),
]
