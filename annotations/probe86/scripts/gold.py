"""Patient-level gold for annotations/probe86 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "abdomen:left", "2019-11-04", "2018-06", "yes", "PD", "yes", "yes", "no", "yes", "33.1"),
    ("F02", "yes", "yes", "thermal", "flank:right", "2020-12-30", "2020-11-26", "yes", "HD", "no", "no", "yes", "no", "27.2"),
    ("F03", "yes", "yes", "pressure", "knee:right", "2022-04", "2022-03-02", "yes", "HD", "yes", "no", "no", "yes", "29.4"),
    ("F04", "yes", "yes", "procedure", "upper_arm:left", "2023-09-04", "2023-08-09", "yes", "HD", "no", "no", "no", "no", "23.8"),
    ("F05", "yes", "yes", "accidental", "lower_leg:right", "2025-01", "2024-12-31", "yes", "PD", "yes", "yes", "no", "no", "28.0"),
    ("F06", "yes", "yes", "injection", "thigh:bilateral", "2024-05-24", "2024-05-13", "yes", "HD", "yes", "no", "yes", "yes", "36.2"),
    ("F07", "yes", "yes", "thermal", "shoulder:left", "2019-07", "2019-05-27", "yes", "HD", "no", "no", "yes", "no", "22.0"),
    ("F08", "yes", "yes", "pressure", "breast:left", "2025-05-27", "2025-04-20", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.1"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "41.3"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.5"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "38.0"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.4"),
    ("F16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "23.0"),
    ("F17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "30.4"),
    ("F20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "27.0"),
]
