"""Patient-level gold for annotations/probe204 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "thigh:right", "2022-03-29", "2022-03-02", "yes", "HD", "no", "no", "no", "no", "27.1"),
    ("F02", "yes", "yes", "thermal", "abdomen:unspecified", "2020-10", "2020-09-14", "yes", "HD", "yes", "yes", "no", "yes", "36.4"),
    ("F03", "yes", "yes", "thermal", "lower_leg:left", "2023-06", "2023", "yes", "PD", "yes", "no", "yes", "yes", "30.0"),
    ("F04", "yes", "yes", "pressure", "flank:left", "2019-05-28", "2019-04-21", "yes", "HD", "no", "no", "no", "yes", "41.2"),
    ("F05", "yes", "yes", "procedure", "back:left", "2025-02", "2025-02-03", "no", "none", "no", "no", "yes", "yes", "33.5"),
    ("F06", "yes", "yes", "injection", "abdomen:bilateral", "2016-11-05", "2011", "yes", "HD", "yes", "yes", "yes", "yes", "38.5"),
    ("F07", "yes", "yes", "procedure", "upper_arm:left", "2017-11-05", "2017-08-22", "yes", "HD", "yes", "no", "no", "no", "29.1"),
    ("F08", "yes", "yes", "accidental", "lower_leg:right", "2024-12-02", "2024-11-18", "yes", "none", "yes", "yes", "no", "yes", "31.6"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.2"),
    ("F10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "28.0"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.7"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.3"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "29.9"),
    ("F14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.6"),
    ("F15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "34.1"),
    ("F16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.9"),
    ("F17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "31.0"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.8"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "26.0"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.8"),
]
