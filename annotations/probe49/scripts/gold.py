"""Patient-level gold for annotations/probe49 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("U01", "yes", "yes", "injection", "abdomen:left", "2020-06-23", "2020-06-03", "yes", "HD", "yes", "yes", "no", "yes", "34.2"),
    ("U02", "yes", "yes", "procedure", "flank:right", "2021-04", "2021-02-14", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("U03", "yes", "yes", "pressure", "lower_leg:right", "2019-10", "2019-09-10", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("U04", "yes", "yes", "thermal", "flank:left", "2023-01-09", "2022-11-24", "yes", "HD", "yes", "no", "no", "yes", "31.0"),
    ("U05", "yes", "yes", "accidental", "knee:right", "2024-07-18", "2024-07-04", "yes", "HD", "yes", "yes", "yes", "no", "26.0"),
    ("U06", "yes", "yes", "procedure", "upper_arm:right", "2021-10", "2021-09-08", "no", "none", "no", "no", "yes", "yes", "36.5"),
    ("U07", "yes", "yes", "injection", "thigh:bilateral", "2023-04", "2017", "yes", "PD", "yes", "yes", "no", "yes", "44.3"),
    ("U08", "yes", "yes", "procedure", "abdomen:unspecified", "2025-02-21", "2025-01-06", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("U09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.4"),
    ("U10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.8"),
    ("U11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22.0"),
    ("U12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "33.5"),
    ("U13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.5"),
    ("U14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.8"),
    ("U15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.5"),
    ("U16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.0"),
    ("U17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "30.4"),
    ("U18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.3"),
    ("U19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "28.0"),
    ("U20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "32.7"),
]
