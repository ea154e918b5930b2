"""Patient-level gold for annotations/probe18 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("O01", "yes", "yes", "injection", "abdomen:left", "2019-08-30", "2019-08-05", "yes", "HD", "no", "no", "yes", "yes", "36.4"),
    ("O02", "yes", "yes", "thermal", "flank:right", "2020-12-10", "2020-11-26", "yes", "PD", "yes", "no", "no", "yes", "30.6"),
    ("O03", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-06-28", "2023-05", "yes", "HD", "no", "no", "yes", "no", "28.9"),
    ("O04", "yes", "yes", "procedure", "breast:right", "2021-06", "2021-03-09", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("O05", "yes", "yes", "accidental", "buttock:left", "2019-01-03", "2018-12-24", "no", "none", "no", "no", "yes", "yes", "40.7"),
    ("O06", "yes", "yes", "injection", "upper_arm:right", "2023-09-04", "2022", "yes", "HD", "yes", "yes", "no", "yes", "37.5"),
    ("O07", "yes", "yes", "thermal", "lower_leg:right", "2025-03-18", "2025-02", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("O08", "yes", "yes", "pressure", "thigh:left", "2024-11-04", "2024-10-02", "yes", "PD", "yes", "yes", "no", "yes", "44.2"),
    ("O09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.8"),
    ("O10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.0"),
    ("O11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("O12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.9"),
    ("O13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "48.3"),
    ("O14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "22.1"),
    ("O15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("O16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.3"),
    ("O17", "possible", "no", "", "", "", "", "yes", "none", "yes", "no", "no", "no", "19.8"),
    ("O18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.7"),
    ("O19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "29.4"),
    ("O20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.4"),
]
