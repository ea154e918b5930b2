"""Patient-level gold for annotations/probe35 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("U01", "yes", "yes", "injection", "abdomen:left", "2019-11-22", "2019-06-03", "yes", "PD", "yes", "yes", "no", "yes", "33.1"),
    ("U02", "yes", "yes", "injection", "upper_arm:right", "2020-12-14", "2020-11-26", "yes", "HD", "no", "no", "yes", "no", "26.4"),
    ("U03", "yes", "yes", "thermal", "knee:left", "2021-08", "2021-07-04", "yes", "HD", "no", "no", "yes", "no", "29.5"),
    ("U04", "yes", "yes", "pressure", "lower_leg:right", "2023-01-09", "2022", "yes", "PD", "yes", "yes", "no", "yes", "29.8"),
    ("U05", "yes", "yes", "procedure", "groin:right", "2024-04", "2024-03-05", "yes", "HD", "no", "no", "no", "yes", "36.2"),
    ("U06", "yes", "yes", "accidental", "lower_leg:left", "2022-06-09", "2022-05-30", "yes", "HD", "yes", "no", "yes", "no", "24.7"),
    ("U07", "yes", "yes", "injection", "upper_arm:left", "2018-09", "2018-01-08", "yes", "PD", "yes", "no", "no", "yes", ""),
    ("U08", "yes", "yes", "thermal", "flank:right", "2025-01-28", "2024-12-25", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
    ("U09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.5"),
    ("U10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.6"),
    ("U11", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "30.0"),
    ("U12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.3"),
    ("U13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "44.0"),
    ("U14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "25.5"),
    ("U15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.7"),
    ("U16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "23.0"),
    ("U17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "32.5"),
    ("U18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "34.1"),
    ("U19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "22.8"),
    ("U20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.7"),
]
