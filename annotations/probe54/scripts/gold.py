"""Patient-level gold for annotations/probe54 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("M01", "yes", "yes", "injection", "thigh:left", "2019-02-11", "2018-08", "yes", "HD", "yes", "yes", "no", "yes", "33.2"),
    ("M02", "yes", "yes", "thermal", "flank:right", "2020-12", "2020-11-26", "yes", "HD", "no", "no", "yes", "no", "27.8"),
    ("M03", "yes", "yes", "pressure", "lower_leg:bilateral", "2021-11", "2021-10-02", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("M04", "yes", "yes", "procedure", "abdomen:right", "2022-04-18", "2022-03-08", "yes", "HD", "no", "no", "no", "no", "26.0"),
    ("M05", "yes", "yes", "accidental", "knee:left", "2023-07-24", "2023-07-04", "yes", "HD", "yes", "yes", "yes", "yes", "31.2"),
    ("M06", "yes", "yes", "injection", "upper_arm:right", "2024-04-03", "2024-01", "yes", "PD", "no", "no", "no", "yes", "35.4"),
    ("M07", "yes", "yes", "thermal", "shoulder:left", "2025-03-14", "2025-02", "yes", "HD", "yes", "no", "no", "no", "28.1"),
    ("M08", "yes", "yes", "injection;thermal", "abdomen:unspecified", "2024-12-02", "2019", "yes", "HD", "yes", "yes", "no", "yes", "39.6"),
    ("M09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.6"),
    ("M10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.9"),
    ("M11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.5"),
    ("M12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "46.8"),
    ("M13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.4"),
    ("M14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "29.4"),
    ("M15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "26.4"),
    ("M16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "30.2"),
    ("M17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", ""),
    ("M18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("M19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "22.3"),
    ("M20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "31.2"),
]
