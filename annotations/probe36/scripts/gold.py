"""Patient-level gold for annotations/probe36 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("W01", "yes", "yes", "injection", "abdomen:left", "2019-03-22", "2019-03-04", "yes", "HD", "yes", "yes", "no", "yes", "32.9"),
    ("W02", "yes", "yes", "thermal", "flank:right", "2020-12-29", "2020-11-05", "yes", "PD", "no", "no", "yes", "no", "24.1"),
    ("W03", "yes", "yes", "pressure", "upper_arm:left", "2023-10-02", "2023-08-15", "yes", "HD", "yes", "yes", "no", "yes", "39.6"),
    ("W04", "yes", "yes", "procedure", "thigh:right", "2024-03-31", "2024-02-08", "yes", "HD", "no", "no", "yes", "no", "27.2"),
    ("W05", "yes", "yes", "accidental", "lower_leg:right", "2019-07-23", "2019-07-04", "yes", "PD", "yes", "no", "no", "yes", "30.4"),
    ("W06", "yes", "yes", "injection", "thigh:bilateral", "2021-09", "2021-05", "yes", "HD", "yes", "yes", "no", "yes", "34.9"),
    ("W07", "yes", "yes", "thermal", "buttock:left", "2023-01-20", "2022-12-31", "yes", "HD", "no", "no", "yes", "no", "22.0"),
    ("W08", "yes", "yes", "procedure", "breast:right", "2025-03", "2025-01-14", "yes", "HD", "no", "no", "yes", "yes", "38.2"),
    ("W09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("W10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.7"),
    ("W11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("W12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "26.3"),
    ("W13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", ""),
    ("W14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.6"),
    ("W15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.0"),
    ("W16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "42.3"),
    ("W17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "30.0"),
    ("W18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "33.1"),
    ("W19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.0"),
    ("W20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.1"),
]
