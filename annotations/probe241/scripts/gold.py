"""Patient-level gold for annotations/probe241 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("U01", "yes", "yes", "injection", "thigh:left", "2019-04-12", "2019-03-05", "yes", "HD", "yes", "yes", "no", "yes", "29.4"),
    ("U02", "yes", "yes", "thermal", "abdomen:unspecified", "2022-12-31", "2022-11-24", "yes", "HD", "no", "no", "yes", "yes", "32.4"),
    ("U03", "yes", "yes", "pressure", "forearm:left", "2023-08", "2019-06-14", "yes", "PD", "no", "no", "yes", "no", "26.8"),
    ("U04", "yes", "yes", "procedure", "chest:left", "2020-12-18", "2020-10-02", "yes", "HD", "yes", "no", "no", "no", "24.0"),
    ("U05", "yes", "yes", "accidental", "lower_leg:right", "2021-03-09", "2021-03-02", "no", "none", "yes", "no", "yes", "yes", "35.9"),
    ("U06", "yes", "yes", "injection", "buttock:right", "2017-08-22", "2017-08-02", "yes", "HD", "no", "no", "no", "no", "29.8"),
    ("U07", "yes", "yes", "thermal", "thigh:bilateral", "2024-07-16", "2024-05-27", "yes", "PD", "yes", "yes", "no", "yes", "32.7"),
    ("U08", "yes", "yes", "pressure", "breast:left", "2025-05-06", "2025-03", "yes", "HD", "no", "no", "no", "yes", "41.9"),
    ("U09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.3"),
    ("U10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "34.0"),
    ("U11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.5"),
    ("U12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.5"),
    ("U13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.8"),
    ("U14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.1"),
    ("U15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.6"),
    ("U16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "no", "22.1"),
    ("U17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.7"),
    ("U18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "33.0"),
    ("U19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "26.1"),
    ("U20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.4"),
]
