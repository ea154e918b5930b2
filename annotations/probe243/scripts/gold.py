"""Patient-level gold for annotations/probe243 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("W01", "yes", "yes", "injection", "thigh:left", "2023-04-12", "2021-03", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("W02", "yes", "yes", "injection;thermal", "buttock:right", "2024-01-23", "2024-01-02", "yes", "HD", "no", "no", "no", "no", "27.1"),
    ("W03", "yes", "yes", "thermal", "lower_leg:left", "2023-07-15", "2023-06-28", "yes", "PD", "yes", "no", "yes", "no", "24.2"),
    ("W04", "yes", "yes", "pressure", "flank:right", "2021-10", "", "yes", "HD", "yes", "yes", "yes", "yes", "36.2"),
    ("W05", "yes", "yes", "procedure", "chest:right", "2022-11", "2022-10-09", "yes", "HD", "no", "no", "no", "no", "29.4"),
    ("W06", "yes", "yes", "accidental", "lower_leg:right", "2023-01-25", "2023-01-13", "yes", "HD", "yes", "yes", "no", "no", "25.5"),
    ("W07", "yes", "yes", "injection", "upper_arm:bilateral", "2021-04-13", "2020-08-20", "yes", "PD", "no", "no", "yes", "no", "22.0"),
    ("W08", "yes", "yes", "thermal", "knee:bilateral", "2022-12-18", "2022", "no", "none", "no", "no", "yes", "yes", "38.4"),
    ("W09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("W10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "28.4"),
    ("W11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.5"),
    ("W12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.9"),
    ("W13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.8"),
    ("W14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("W15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.1"),
    ("W16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", ""),
    ("W17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "31.2"),
    ("W18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
    ("W19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "29.4"),
    ("W20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "32.2"),
]
