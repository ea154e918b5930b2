"""Patient-level gold for annotations/probe150 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection;procedure", "forearm:left", "2019-02-26", "2019-02-11", "yes", "HD", "yes", "yes", "yes", "yes", "31.4"),
    ("F02", "yes", "yes", "pressure", "breast:bilateral", "2023-05-14", "2022", "no", "none", "no", "no", "yes", "yes", "42.7"),
    ("F03", "yes", "yes", "thermal", "flank:left", "2016-09", "2016-08", "yes", "PD", "yes", "no", "no", "no", "27.4"),
    ("F04", "yes", "yes", "procedure", "abdomen:left", "2020-03-17", "2020-02-27", "yes", "HD", "no", "no", "no", "no", "24.9"),
    ("F05", "yes", "yes", "accidental", "thigh:right", "2024-01-26", "2024-01-08", "yes", "HD", "yes", "yes", "yes", "no", "26.1"),
    ("F06", "yes", "yes", "injection", "upper_arm:right", "2018-01", "2017-11-23", "yes", "HD", "yes", "yes", "no", "no", "22.4"),
    ("F07", "yes", "yes", "pressure", "ankle:left", "2022-06", "2022-05-03", "yes", "HD", "yes", "no", "no", "yes", "33.0"),
    ("F08", "yes", "yes", "thermal", "buttock:bilateral", "2026-01", "2025-11", "yes", "HD", "yes", "yes", "no", "yes", "36.1"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.1"),
    ("F10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.9"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "38.2"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.2"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.4"),
    ("F14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.3"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.8"),
    ("F16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.9"),
    ("F17", "possible", "no", "", "", "", "", "yes", "none", "yes", "no", "no", "yes", "31"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.8"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "29.9"),
    ("F20", "no", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", ""),
]
