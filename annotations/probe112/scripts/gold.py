"""Patient-level gold for annotations/probe112 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "abdomen:left", "2019-10-24", "2018-06", "yes", "HD", "yes", "yes", "no", "yes", "32.9"),
    ("F02", "yes", "yes", "thermal", "knee:bilateral", "2021-01", "2020-11-26", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("F03", "yes", "yes", "pressure", "flank:right", "2023-05-02", "2023-03", "yes", "HD", "no", "no", "yes", "no", "28.4"),
    ("F04", "yes", "yes", "procedure", "groin:left", "2024-10-31", "2024-08-12", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("F05", "yes", "yes", "accidental", "lower_leg:right", "2025-02-22", "2025-02-03", "yes", "HD", "no", "no", "yes", "no", "26.1"),
    ("F06", "yes", "yes", "injection", "abdomen:unspecified", "2022-05", "2022-04-06", "yes", "PD", "no", "no", "no", "yes", "41.0"),
    ("F07", "yes", "yes", "thermal", "shoulder:left", "2023-01", "2022", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("F08", "yes", "yes", "accidental;injection", "thigh:right", "2021-09-24", "2020-04", "yes", "HD", "yes", "yes", "no", "yes", "36.8"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("F10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "24.9"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "43.9"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "35.2"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.4"),
    ("F14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "30.4"),
    ("F15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.1"),
    ("F16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.0"),
    ("F17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.6"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.7"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "24.1"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30"),
]
