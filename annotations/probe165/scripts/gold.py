"""Patient-level gold for annotations/probe165 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "lower_leg:left", "2019-04-09", "2019-03-12", "yes", "HD", "yes", "yes", "yes", "yes", "32.1"),
    ("F02", "yes", "yes", "thermal", "flank:left", "2021-07", "2021-06", "yes", "PD", "no", "no", "no", "no", "28.4"),
    ("F03", "yes", "yes", "pressure", "abdomen:bilateral", "2022-11-24", "2022", "no", "none", "no", "no", "yes", "yes", "42.6"),
    ("F04", "yes", "yes", "procedure", "back:left", "2020-09-01", "2020-08-05", "yes", "HD", "yes", "no", "no", "no", "26.5"),
    ("F05", "yes", "yes", "accidental", "forearm:right", "2024-10", "2024-09-02", "yes", "HD", "no", "no", "yes", "no", "22.2"),
    ("F06", "yes", "yes", "injection", "buttock:bilateral", "2017-05-29", "2017-04-25", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("F07", "yes", "yes", "thermal", "upper_arm:left", "2025-03-18", "2025-02-11", "yes", "PD", "yes", "yes", "no", "no", "23.9"),
    ("F08", "yes", "yes", "procedure", "thigh:right", "2018-02-13", "2018-01", "yes", "HD", "yes", "yes", "no", "yes", "35.4"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.2"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.6"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.4"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("F13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "27.0"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.1"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("F16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "29.1"),
    ("F17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "26.2"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "35.9"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "31.0"),
]
