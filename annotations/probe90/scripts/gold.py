"""Patient-level gold for annotations/probe90 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("J01", "yes", "yes", "injection", "abdomen:left", "2019-03-20", "2018-11-22", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("J02", "yes", "yes", "thermal", "knee:right", "2021-03-02", "2021-01", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("J03", "yes", "yes", "pressure", "hip:right", "2022-08", "2022-06-14", "yes", "HD", "yes", "no", "no", "yes", "29.8"),
    ("J04", "yes", "yes", "procedure", "forearm:left", "2020-12", "2020-10-07", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("J05", "yes", "yes", "accidental", "buttock:left", "2024-01-02", "2023-12-24", "yes", "PD", "yes", "yes", "no", "yes", "31.0"),
    ("J06", "yes", "yes", "injection", "upper_arm:left", "2023-05-08", "2021", "yes", "HD", "no", "no", "yes", "no", "22.0"),
    ("J07", "yes", "yes", "thermal", "lower_leg:bilateral", "2025-01", "2024-09-02", "yes", "HD", "yes", "no", "no", "yes", "35.2"),
    ("J08", "yes", "yes", "pressure", "lower_leg:right", "2020-01", "2019-11-04", "yes", "PD", "yes", "yes", "no", "no", "28.9"),
    ("J09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "41.3"),
    ("J10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.0"),
    ("J11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.0"),
    ("J12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.5"),
    ("J13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("J14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "23.0"),
    ("J15", "possible", "no", "", "", "", "", "yes", "none", "yes", "yes", "no", "no", "19.5"),
    ("J16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "30.0"),
    ("J17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "27.0"),
    ("J18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.5"),
    ("J19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "31.5"),
    ("J20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "22.8"),
]
