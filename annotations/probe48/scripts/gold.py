"""Patient-level gold for annotations/probe48 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("W01", "yes", "yes", "injection", "abdomen:left", "2019-04-20", "2019-04-02", "yes", "HD", "no", "no", "no", "yes", "36.2"),
    ("W02", "yes", "yes", "thermal", "knee:right", "2021-03", "2021-02", "yes", "PD", "yes", "no", "yes", "no", "27.8"),
    ("W03", "yes", "yes", "pressure", "chest:right", "2023-08-24", "2023-06", "yes", "HD", "yes", "yes", "no", "yes", "39.6"),
    ("W04", "yes", "yes", "procedure", "groin:right", "2022-12-24", "2022-11-25", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("W05", "yes", "yes", "accidental", "knee:left", "2024-05-10", "2024-05-03", "yes", "PD", "no", "no", "no", "no", "21.8"),
    ("W06", "yes", "yes", "injection", "thigh:bilateral", "2021-01", "2020", "yes", "HD", "yes", "yes", "no", "yes", "32.1"),
    ("W07", "yes", "yes", "pressure", "forearm:right", "2025-09-01", "2025-08-02", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("W08", "yes", "yes", "thermal", "back:unspecified", "2018-11-14", "2018-10", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("W09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.9"),
    ("W10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.9"),
    ("W11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.0"),
    ("W12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "45.3"),
    ("W13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.0"),
    ("W14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "20.4"),
    ("W15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("W16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("W17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "34.7"),
    ("W18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.1"),
    ("W19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "27.3"),
    ("W20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.2"),
]
