"""Patient-level gold for annotations/probe210 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "upper_arm:right", "2022-10-09", "2022-03-14", "yes", "HD", "no", "no", "no", "no", "26.8"),
    ("F02", "yes", "yes", "injection", "abdomen:unspecified", "2023-06-17", "2023-06-02", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("F03", "yes", "yes", "thermal", "lower_leg:left", "2024-03", "2023", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("F04", "yes", "yes", "thermal", "thigh:bilateral", "2021-08-20", "2021-08-02", "yes", "PD", "yes", "yes", "no", "yes", "33.0"),
    ("F05", "yes", "yes", "pressure", "upper_arm:left", "2024-02", "2021-03", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("F06", "yes", "yes", "pressure", "abdomen:right", "2019-05-20", "2019-05-02", "yes", "HD", "yes", "no", "yes", "yes", "31.5"),
    ("F07", "yes", "yes", "procedure", "forearm:right", "2024-09-24", "2024-09-03", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("F08", "yes", "yes", "accidental", "lower_leg:left", "2025-05-06", "2025-04-20", "yes", "HD", "no", "no", "no", "yes", "38.4"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.2"),
    ("F11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "32.2"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "40.6"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "35.5"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.6"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("F16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.5"),
    ("F17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "29.4"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.5"),
    ("F19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("F20", "no", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.6"),
]
