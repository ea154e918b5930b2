"""Patient-level gold for annotations/probe231 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("J01", "yes", "yes", "injection", "thigh:right", "2022-04-09", "2022-01-11", "yes", "HD", "yes", "yes", "no", "no", "26.5"),
    ("J02", "yes", "yes", "thermal", "lower_leg:left", "2023-12-26", "2023-11-05", "yes", "PD", "no", "no", "yes", "yes", "30.9"),
    ("J03", "yes", "yes", "accidental;pressure", "hip:right", "2019-11-05", "2019-08-30", "yes", "HD", "yes", "no", "yes", "no", "23.8"),
    ("J04", "yes", "yes", "procedure", "chest:left", "2024-04-23", "2024-03-14", "yes", "HD", "no", "no", "yes", "yes", "32.6"),
    ("J05", "yes", "yes", "accidental", "lower_leg:right", "2021-02-23", "2021-02-03", "yes", "none", "yes", "yes", "no", "no", "28.4"),
    ("J06", "yes", "yes", "injection", "upper_arm:left", "2020-08", "2020-07-06", "yes", "PD", "yes", "no", "no", "yes", "35.4"),
    ("J07", "yes", "yes", "thermal", "knee:left", "2018-06", "2018", "yes", "HD", "no", "no", "yes", "no", "29.2"),
    ("J08", "yes", "yes", "injection", "abdomen:right", "2025-01-21", "2025-01-03", "no", "none", "yes", "no", "yes", "no", "24.1"),
    ("J09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("J10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "no", "27.5"),
    ("J11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "37.9"),
    ("J12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "41.8"),
    ("J13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("J14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "34.7"),
    ("J15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "22.0"),
    ("J16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("J17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "27.4"),
    ("J18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "25.3"),
    ("J19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.6"),
    ("J20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "20.7"),
]
