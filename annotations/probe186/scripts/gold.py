"""Patient-level gold for annotations/probe186 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "buttock:right", "2023-01-17", "2022-06", "yes", "HD", "no", "no", "no", "yes", "31.2"),
    ("F02", "yes", "yes", "injection", "abdomen:left", "2023-12-11", "2023-09-05", "yes", "HD", "yes", "no", "no", "yes", "36.2"),
    ("F03", "yes", "yes", "thermal", "forearm:left", "2024-02", "2023-12", "yes", "PD", "no", "no", "yes", "no", "24.3"),
    ("F04", "yes", "yes", "pressure", "thigh:bilateral", "2021-09-27", "2021", "yes", "HD", "yes", "yes", "yes", "yes", "33.0"),
    ("F05", "yes", "yes", "procedure", "upper_arm:left", "2022-10", "2022-08-17", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("F06", "yes", "yes", "accidental", "thigh:right", "2024-03-23", "2024-03-09", "yes", "PD", "yes", "no", "no", "no", "28.1"),
    ("F07", "yes", "yes", "injection", "thigh:right", "2019-07-29", "2019-07-14", "no", "none", "no", "no", "yes", "yes", "35.1"),
    ("F08", "yes", "yes", "thermal", "abdomen:unspecified", "2025-01-01", "2024-11-28", "yes", "HD", "yes", "yes", "no", "yes", "38.2"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "42.1"),
    ("F11", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "22.0"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.8"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", ""),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.7"),
    ("F15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "30.8"),
    ("F16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "39.1"),
    ("F17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.0"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.6"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "29.5"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "27.0"),
]
