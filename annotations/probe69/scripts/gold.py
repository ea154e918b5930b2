"""Patient-level gold for annotations/probe69 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("U01", "yes", "yes", "injection", "thigh:left", "2019-04-11", "2019-03-07", "yes", "HD", "no", "no", "no", "no", "26.1"),
    ("U02", "yes", "yes", "procedure", "chest:right", "2020-10", "2020-08-13", "yes", "PD", "yes", "yes", "no", "yes", "33.6"),
    ("U03", "yes", "yes", "thermal", "foot:bilateral", "2022-01", "2021-11-29", "yes", "HD", "no", "no", "yes", "no", "22.4"),
    ("U04", "yes", "yes", "pressure", "forearm:right", "2023-03-28", "2022", "yes", "HD", "no", "no", "no", "yes", "30.2"),
    ("U05", "yes", "yes", "injection", "abdomen:left", "2021-10-15", "2021-09-07", "yes", "HD", "yes", "yes", "no", "no", "21.0"),
    ("U06", "yes", "yes", "accidental", "buttock:right", "2023-01", "2022-12-31", "yes", "HD", "yes", "no", "yes", "yes", "31.5"),
    ("U07", "yes", "yes", "procedure", "upper_arm:left", "2020-03", "2020-02-11", "no", "none", "no", "no", "yes", "no", "18.9"),
    ("U08", "yes", "yes", "pressure", "lower_leg:right", "2024-08-19", "2024-07-04", "yes", "HD", "no", "no", "no", "yes", "35.2"),
    ("U09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.8"),
    ("U10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "41.3"),
    ("U11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("U12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.6"),
    ("U13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("U14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "36.0"),
    ("U15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "26.0"),
    ("U16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", ""),
    ("U17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "29.9"),
    ("U18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("U19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
    ("U20", "no", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "30.4"),
]
