"""Patient-level gold for annotations/probe78 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "buttock:right", "2022-10-20", "2022-06", "yes", "HD", "no", "no", "no", "no", "27.3"),
    ("F02", "yes", "yes", "accidental", "forearm:left", "2021-01-04", "2020-11-26", "yes", "PD", "yes", "yes", "no", "yes", "33.8"),
    ("F03", "yes", "yes", "pressure", "ankle:bilateral", "2023-01-24", "2023-01-07", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("F04", "yes", "yes", "thermal", "flank:left", "2022-02", "2021-12-25", "yes", "HD", "yes", "no", "yes", "yes", "29.6"),
    ("F05", "yes", "yes", "procedure", "upper_arm:right", "2024-03-28", "2024-03-02", "no", "none", "yes", "yes", "yes", "yes", "36.2"),
    ("F06", "yes", "yes", "injection", "thigh:bilateral", "2019-07", "2016", "yes", "PD", "yes", "yes", "no", "no", "24.1"),
    ("F07", "yes", "yes", "accidental", "lower_leg:right", "2020-09-07", "2020-07", "yes", "HD", "no", "no", "no", "no", "22.0"),
    ("F08", "yes", "yes", "pressure", "elbow:left", "2025-03-06", "2025-02-11", "yes", "HD", "yes", "yes", "yes", "no", "27.4"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("F11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.0"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.4"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "44.0"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("F15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "28.0"),
    ("F16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.0"),
    ("F17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.1"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "22.4"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "31.0"),
]
