"""Patient-level gold for annotations/probe12 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("J01", "yes", "yes", "injection", "abdomen:right", "2022-03-15", "2022-03-02", "yes", "HD", "yes", "yes", "no", "yes", "37.4"),
    ("J02", "yes", "yes", "thermal", "thigh:left", "2023-03-10", "2023-01", "yes", "PD", "no", "no", "no", "no", "29.9"),
    ("J03", "yes", "yes", "pressure", "lower_leg:left", "2021-09-20", "2021-08-09", "yes", "HD", "yes", "no", "yes", "yes", "32.5"),
    ("J04", "yes", "yes", "procedure", "upper_arm:right", "2020-05-24", "2020-05-04", "no", "none", "yes", "yes", "no", "no", "26.1"),
    ("J05", "yes", "yes", "injection;thermal", "abdomen:left", "2024-03-04", "2018-03", "yes", "HD", "yes", "yes", "no", "yes", "41.2"),
    ("J06", "yes", "yes", "accidental;injection", "buttock:right;lower_leg:left", "2024-10-20", "2024-10-02", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("J07", "yes", "yes", "injection", "thigh:bilateral", "2019-01", "2018", "yes", "PD", "yes", "yes", "no", "no", "28.4"),
    ("J08", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.8"),
    ("J09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.6"),
    ("J10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "31.0"),
    ("J11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.5"),
    ("J12", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "46.3"),
    ("J13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "39.0"),
    ("J14", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "33.3"),
    ("J15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "no", "29.5"),
    ("J16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.1"),
    ("J17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.9"),
    ("J18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("J19", "no", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "30.6"),
    ("J20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.1"),
]
