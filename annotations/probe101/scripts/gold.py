"""Patient-level gold for annotations/probe101 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("O01", "yes", "yes", "injection", "thigh:bilateral", "2023-03-30", "2023-03-13", "yes", "HD", "no", "no", "yes", "yes", "33.2"),
    ("O02", "yes", "yes", "thermal", "knee:right", "2021-11", "2021", "yes", "PD", "yes", "no", "no", "no", "29.9"),
    ("O03", "yes", "yes", "pressure", "lower_leg:left", "2019-07-28", "2019-07-04", "yes", "HD", "yes", "yes", "no", "no", "27.5"),
    ("O04", "yes", "yes", "procedure", "ankle:left", "2024-02", "2024-01-15", "yes", "PD", "no", "no", "yes", "yes", "36.4"),
    ("O05", "yes", "yes", "accidental", "hip:right", "2025-05-02", "2025-04-20", "yes", "HD", "no", "no", "yes", "no", "26.4"),
    ("O06", "yes", "yes", "injection", "abdomen:unspecified", "2019-12-25", "2019-09", "yes", "HD", "yes", "yes", "no", "yes", "41.2"),
    ("O07", "yes", "yes", "thermal", "upper_arm:left", "2022-09", "2022-06-14", "no", "none", "no", "no", "yes", "yes", "34.0"),
    ("O08", "yes", "yes", "pressure", "lower_leg:bilateral", "2018-05-28", "2018-04-30", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("O09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.1"),
    ("O10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.9"),
    ("O11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.6"),
    ("O12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.1"),
    ("O13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "22.3"),
    ("O14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.6"),
    ("O15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("O16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "30.2"),
    ("O17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.0"),
    ("O18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.0"),
    ("O19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.4"),
    ("O20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "35.1"),
]
