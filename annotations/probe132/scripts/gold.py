"""Patient-level gold for annotations/probe132 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("U01", "yes", "yes", "injection", "abdomen:left", "2021-02-19", "2021-01-29", "yes", "HD", "no", "no", "no", "no", "27.3"),
    ("U02", "yes", "yes", "thermal", "back:right", "2019-10-31", "2019-09-10", "yes", "PD", "yes", "yes", "no", "yes", "34.2"),
    ("U03", "yes", "yes", "pressure", "lower_leg:left", "2022-07-19", "2022-06-14", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
    ("U04", "yes", "yes", "procedure", "knee:right", "2023-05", "2023-03-08", "no", "none", "no", "no", "yes", "yes", "30.0"),
    ("U05", "yes", "yes", "accidental", "lower_leg:left", "2024-11-10", "2024-11-02", "yes", "HD", "yes", "no", "no", "no", "23.6"),
    ("U06", "yes", "yes", "injection", "upper_arm:left", "2018-02-14", "2018-01-09", "yes", "HD", "no", "no", "yes", "no", "21.8"),
    ("U07", "yes", "yes", "thermal", "hand:bilateral", "2021-01", "2020-12", "yes", "PD", "yes", "yes", "no", "no", "26.4"),
    ("U08", "yes", "yes", "pressure", "thigh:bilateral", "2025-04-20", "2024", "yes", "PD", "yes", "yes", "no", "yes", "41.3"),
    ("U09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("U10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "38.5"),
    ("U11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.6"),
    ("U12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.4"),
    ("U13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.2"),
    ("U14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "33.7"),
    ("U15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "31.2"),
    ("U16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.4"),
    ("U17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.0"),
    ("U18", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "32.5"),
    ("U19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "29.6"),
    ("U20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.0"),
]
