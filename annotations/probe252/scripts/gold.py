"""Patient-level gold for annotations/probe252 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "thigh:right", "2023-10-02", "2023-08", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("F02", "yes", "yes", "thermal", "lower_leg:left", "2021-01-01", "2020-11-26", "yes", "HD", "no", "no", "yes", "no", "27.4"),
    ("F03", "yes", "yes", "pressure", "abdomen:right", "2024-06-18", "2024-03", "yes", "HD", "yes", "no", "yes", "yes", "40.2"),
    ("F04", "yes", "yes", "procedure", "breast:left", "2021-10", "2021-09-14", "yes", "PD", "no", "no", "no", "no", "29.6"),
    ("F05", "yes", "yes", "accidental", "lower_leg:right", "2022-07-13", "2022-07-04", "yes", "HD", "yes", "no", "yes", "no", "22.5"),
    ("F06", "yes", "yes", "injection", "upper_arm:right", "2019-10-31", "2019-10-05", "yes", "HD", "no", "no", "no", "no", "25.9"),
    ("F07", "yes", "yes", "thermal", "flank:left", "2023-03-20", "2023-02", "yes", "PD", "yes", "no", "no", "yes", "36.3"),
    ("F08", "yes", "yes", "pressure", "buttock:bilateral", "2025-02", "2024", "yes", "HD", "yes", "yes", "no", "yes", "44.7"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.6"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.1"),
    ("F11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.6"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "45.8"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.9"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("F15", "possible", "no", "", "", "", "", "yes", "none", "yes", "yes", "no", "yes", "33.5"),
    ("F16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("F17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("F18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "35.8"),
    ("F19", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "29.4"),
    ("F20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "23.1"),
]
