"""Patient-level gold for annotations/probe29 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("J01", "yes", "yes", "injection", "abdomen:left", "2019-02-27", "2018-10", "yes", "HD", "yes", "yes", "no", "yes", "33.7"),
    ("J02", "yes", "yes", "thermal", "knee:left", "2020-11-26", "2020-09", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("J03", "yes", "yes", "pressure", "lower_leg:bilateral", "2021-06", "2021-05-04", "yes", "HD", "no", "no", "yes", "yes", "29.4"),
    ("J04", "yes", "yes", "procedure", "abdomen:right", "2022-09-05", "2022-08-09", "yes", "HD", "yes", "no", "no", "yes", "36.0"),
    ("J05", "yes", "yes", "accidental", "lower_leg:right", "2023-07-20", "2023-07-04", "yes", "HD", "yes", "yes", "no", "no", "22.8"),
    ("J06", "yes", "yes", "injection", "buttock:right", "2024-02-04", "2024-01", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("J07", "yes", "yes", "thermal", "hip:right", "2025-01", "2024-12-25", "yes", "none", "yes", "no", "yes", "no", "28.1"),
    ("J08", "yes", "yes", "pressure", "breast:left", "2021-04", "2021-03", "yes", "PD", "yes", "yes", "no", "yes", "41.5"),
    ("J09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("J10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.5"),
    ("J11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("J12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.8"),
    ("J13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "43.8"),
    ("J14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.6"),
    ("J15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "no", "24.9"),
    ("J16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "27.0"),
    ("J17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "38.6"),
    ("J18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.4"),
    ("J19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "24.1"),
    ("J20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "32.5"),
]
