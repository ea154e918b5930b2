"""Patient-level gold for annotations/probe261 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("J01", "yes", "yes", "injection", "thigh:right", "2023-05-08", "2023-02", "yes", "HD", "yes", "yes", "no", "yes", "37.1"),
    ("J02", "yes", "yes", "thermal", "abdomen:left", "2021-01-30", "2020-12-24", "yes", "HD", "no", "no", "yes", "yes", "31.5"),
    ("J03", "yes", "yes", "pressure", "shoulder:right", "2019-09-22", "2019-06-14", "yes", "HD", "no", "no", "no", "no", "28.3"),
    ("J04", "yes", "yes", "procedure", "forearm:left", "2024-03-12", "2024-03-02", "yes", "HD", "yes", "no", "no", "no", "26.9"),
    ("J05", "yes", "yes", "procedure", "groin:right", "2022-09-20", "2022-08-16", "yes", "HD", "no", "no", "yes", "yes", "40.6"),
    ("J06", "yes", "yes", "injection", "upper_arm:left", "2025-02-06", "2024-11-19", "yes", "PD", "no", "no", "no", "no", "23.4"),
    ("J07", "yes", "yes", "thermal", "lower_leg:right", "2021-07-04", "2021-05-31", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("J08", "yes", "yes", "accidental", "lower_leg:left", "2018-04", "2018-03-11", "no", "none", "no", "no", "yes", "yes", "43.8"),
    ("J09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "33.1"),
    ("J10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "24.8"),
    ("J11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.8"),
    ("J12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("J13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "35.2"),
    ("J14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.6"),
    ("J15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.4"),
    ("J16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.5"),
    ("J17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "22.1"),
    ("J18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("J19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "25.5"),
    ("J20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.0"),
]
