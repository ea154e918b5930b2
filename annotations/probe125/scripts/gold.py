"""Patient-level gold for annotations/probe125 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("J01", "yes", "yes", "injection", "abdomen:unspecified", "2022-01-24", "2021-11", "yes", "HD", "yes", "yes", "no", "yes", "34.2"),
    ("J02", "yes", "yes", "thermal", "back:bilateral", "2023-02-27", "2022", "yes", "HD", "no", "no", "yes", "no", "27.2"),
    ("J03", "yes", "yes", "pressure", "lower_leg:bilateral", "2020-10-19", "2020-08", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("J04", "yes", "yes", "procedure", "upper_arm:right", "2024-06", "2024-05-07", "no", "none", "yes", "yes", "yes", "no", "29.9"),
    ("J05", "yes", "yes", "accidental", "knee:left", "2025-01-09", "2024-12-24", "yes", "HD", "no", "no", "no", "no", "24.4"),
    ("J06", "yes", "yes", "injection", "upper_arm:bilateral", "2019-06-29", "2019-03", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("J07", "yes", "yes", "thermal", "ankle:right", "2021-08-25", "2021-07", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("J08", "yes", "yes", "accidental;injection", "thigh:left", "2023-05-16", "2022-02", "yes", "PD", "yes", "yes", "yes", "yes", "40.6"),
    ("J09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.3"),
    ("J10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "32.6"),
    ("J11", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "37.6"),
    ("J12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "43.8"),
    ("J13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.7"),
    ("J14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.4"),
    ("J15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "29.5"),
    ("J16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "25.1"),
    ("J17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "26.8"),
    ("J18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "29.8"),
    ("J19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "22.4"),
    ("J20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.2"),
]
