"""Patient-level gold for annotations/probe105 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("W01", "yes", "yes", "injection", "upper_arm:left", "2019-01-22", "2018-09", "yes", "HD", "yes", "yes", "no", "no", "26.8"),
    ("W02", "yes", "yes", "thermal", "flank:right", "2020-12-07", "2020-10-31", "yes", "PD", "no", "no", "yes", "yes", "35.1"),
    ("W03", "yes", "yes", "pressure", "lower_leg:right", "2022-08", "2022-06-02", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("W04", "yes", "yes", "procedure", "breast:left", "2020", "2019-08-14", "yes", "HD", "no", "no", "yes", "yes", "40.6"),
    ("W05", "yes", "yes", "accidental", "knee:bilateral", "2023-10-23", "2023-10-03", "yes", "PD", "yes", "yes", "no", "no", "28.1"),
    ("W06", "yes", "yes", "injection", "abdomen:unspecified", "2025-04-20", "2025-01", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("W07", "yes", "yes", "thermal", "hip:right", "2024-09-02", "2024-06", "yes", "HD", "no", "no", "yes", "no", "25.5"),
    ("W08", "yes", "yes", "injection;pressure", "abdomen:right", "2018-11", "2017-02", "yes", "HD", "yes", "yes", "no", "yes", "36.4"),
    ("W09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    ("W10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("W11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "41.8"),
    ("W12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "32.5"),
    ("W13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "24.9"),
    ("W14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("W15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.4"),
    ("W16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.5"),
    ("W17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "22.1"),
    ("W18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.8"),
    ("W19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "33.0"),
    ("W20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "28.8"),
]
