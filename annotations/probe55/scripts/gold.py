"""Patient-level gold for annotations/probe55 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("O01", "yes", "yes", "injection", "abdomen:left", "2019-04-22", "2017-01", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("O02", "yes", "yes", "thermal", "back:right", "2021-02-26", "2020-12-25", "yes", "PD", "no", "no", "yes", "no", "27.1"),
    ("O03", "yes", "yes", "pressure", "knee:right", "2022-08-16", "2022-06", "yes", "HD", "yes", "yes", "no", "yes", "41.3"),
    ("O04", "yes", "yes", "procedure", "flank:right", "2020-07-04", "2020-06-11", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("O05", "yes", "yes", "accidental", "lower_leg:left", "2023-07-24", "2023-07-04", "yes", "PD", "no", "no", "no", "no", "24.3"),
    ("O06", "yes", "yes", "injection", "upper_arm:left", "2018-10", "2018-03", "yes", "HD", "no", "no", "yes", "no", "28.4"),
    ("O07", "yes", "yes", "thermal", "ankle:left", "2025-01-06", "2024-11-28", "yes", "HD", "yes", "no", "no", "yes", "29.8"),
    ("O08", "yes", "yes", "pressure", "breast:right", "2023-03", "2022", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("O09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("O10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("O11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "44.1"),
    ("O12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "35.2"),
    ("O13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
    ("O14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.1"),
    ("O15", "possible", "no", "", "", "", "", "yes", "none", "yes", "yes", "no", "yes", "28.6"),
    ("O16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.5"),
    ("O17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.4"),
    ("O18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("O19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "25.1"),
    ("O20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.7"),
]
