"""Patient-level gold for annotations/probe71 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("W01", "yes", "yes", "injection", "abdomen:left", "2019-04-23", "2019-04-02", "yes", "HD", "yes", "yes", "yes", "yes", "32.9"),
    ("W02", "yes", "yes", "procedure", "chest:left", "2021-08", "2021-06-09", "yes", "PD", "no", "no", "no", "no", "27.2"),
    ("W03", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-01", "2022-11-24", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("W04", "yes", "yes", "thermal", "hip:right", "2020-10-19", "2020-09-07", "yes", "HD", "yes", "no", "yes", "yes", "40.3"),
    ("W05", "yes", "yes", "accidental", "knee:left", "2024-01-08", "2023-12-24", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("W06", "yes", "yes", "injection", "thigh:right", "2019-03", "2018", "yes", "PD", "yes", "yes", "no", "yes", "30.4"),
    ("W07", "yes", "yes", "procedure", "thigh:left", "2022-05", "2022-03-03", "yes", "HD", "yes", "no", "no", "no", "26.1"),
    ("W08", "yes", "yes", "pressure", "flank:right", "2025-03-18", "2025-02-10", "yes", "HD", "yes", "yes", "yes", "yes", "36.0"),
    ("W09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.6"),
    ("W10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.0"),
    ("W11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.6"),
    ("W12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "30.4"),
    ("W13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.2"),
    ("W14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.1"),
    ("W15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "27.3"),
    ("W16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.5"),
    ("W17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", ""),
    ("W18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "28.6"),
    ("W19", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "34.1"),
    ("W20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.4"),
]
