"""Patient-level gold for annotations/probe116 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("M01", "yes", "yes", "injection", "abdomen:left", "2021-02-16", "2019", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("M02", "yes", "yes", "thermal", "knee:bilateral", "2023-02", "2022-12-25", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("M03", "yes", "yes", "pressure", "shoulder:right", "2025-01-06", "2024-10", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("M04", "yes", "yes", "procedure", "breast:left", "2021-01", "2020-08-11", "yes", "HD", "no", "no", "no", "yes", "33.5"),
    ("M05", "yes", "yes", "accidental", "buttock:right", "2019-12-15", "2019-11-28", "yes", "PD", "yes", "yes", "no", "yes", "31.2"),
    ("M06", "yes", "yes", "injection", "upper_arm:bilateral", "2023-03-30", "2023-03-03", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("M07", "yes", "yes", "thermal", "lower_leg:unspecified", "2024-01-01", "2023", "yes", "HD", "yes", "yes", "no", "no", "22.8"),
    ("M08", "yes", "yes", "pressure", "ankle:right", "2022-07", "2022-06-02", "yes", "HD", "yes", "yes", "yes", "yes", "34.2"),
    ("M09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("M10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "25.7"),
    ("M11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.8"),
    ("M12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.8"),
    ("M13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.5"),
    ("M14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "25.5"),
    ("M15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("M16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.9"),
    ("M17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "30.2"),
    ("M18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.0"),
    ("M19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "26.7"),
    ("M20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "32.1"),
]
