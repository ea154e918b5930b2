"""Patient-level gold for annotations/probe61 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("J01", "yes", "yes", "injection", "abdomen:left", "2020-11-04", "2020-04", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("J02", "yes", "yes", "thermal", "knee:right", "2023-12-24", "2023-11-23", "yes", "PD", "no", "no", "yes", "no", "27.3"),
    ("J03", "yes", "yes", "pressure", "lower_leg:bilateral", "2022-03-30", "2022-03-02", "yes", "HD", "yes", "no", "no", "yes", "36.4"),
    ("J04", "yes", "yes", "procedure", "flank:right", "2023-07", "2023-06-02", "yes", "HD", "no", "no", "yes", "no", "28.8"),
    ("J05", "yes", "yes", "accidental", "lower_leg:left", "2019-02-08", "2019-01-28", "yes", "HD", "yes", "yes", "no", "no", "25.1"),
    ("J06", "yes", "yes", "injection", "upper_arm:right", "2021-05", "2021-03", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("J07", "yes", "yes", "thermal", "hip:right", "2025-01-03", "2024-10", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("J08", "yes", "yes", "pressure", "groin:right", "2022-10-31", "2022-09-05", "yes", "HD", "no", "no", "no", "no", "26.4"),
    ("J09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.7"),
    ("J10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.9"),
    ("J11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.9"),
    ("J12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.6"),
    ("J13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.2"),
    ("J14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "35.0"),
    ("J15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("J16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "31.5"),
    ("J17", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.4"),
    ("J18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.8"),
    ("J19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "27.0"),
    ("J20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.5"),
]
