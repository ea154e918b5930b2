"""Patient-level gold for annotations/probe122 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "abdomen:left", "2019-10-14", "2018-06", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("F02", "yes", "yes", "thermal", "back:bilateral", "2021-01-09", "2020-11-26", "yes", "PD", "no", "no", "yes", "no", "27.0"),
    ("F03", "yes", "yes", "pressure", "lower_leg:right", "2022-04-17", "2022-03", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("F04", "yes", "yes", "procedure", "breast:left", "2023-11", "2023-08-22", "yes", "HD", "no", "no", "yes", "yes", "36.0"),
    ("F05", "yes", "yes", "accidental", "lower_leg:unspecified", "2023-10-31", "2023", "yes", "HD", "yes", "yes", "no", "no", "25.3"),
    ("F06", "yes", "yes", "injection", "upper_arm:bilateral", "2025-04-01", "2025-03-02", "yes", "HD", "no", "no", "no", "yes", "40.6"),
    ("F07", "yes", "yes", "thermal", "shoulder:right", "2026-03-04", "2026-02", "yes", "HD", "yes", "no", "yes", "no", "29.9"),
    ("F08", "yes", "yes", "injection;pressure", "thigh:left", "2021-07-04", "2015", "yes", "PD", "yes", "yes", "no", "yes", "29.8"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.1"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "26.0"),
    ("F11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.2"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "44.1"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.8"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.9"),
    ("F16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "22.0"),
    ("F17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "29.5"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "35.0"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.9"),
]
