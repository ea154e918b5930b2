"""Patient-level gold for annotations/probe92 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("L01", "yes", "yes", "injection", "thigh:left", "2020-10-22", "2020-06", "yes", "HD", "yes", "yes", "no", "yes", "32.9"),
    ("L02", "yes", "yes", "pressure", "head:unspecified", "2023-04-09", "2023-02-08", "yes", "PD", "no", "no", "yes", "yes", "40.6"),
    ("L03", "yes", "yes", "thermal", "chest:left", "2021-12-31", "2021-11-25", "yes", "HD", "no", "no", "no", "no", "28.4"),
    ("L04", "yes", "yes", "procedure", "chest:right", "2019-10", "2019-08-14", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("L05", "yes", "yes", "accidental", "lower_leg:right", "2024-09-16", "2024-09-02", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("L06", "yes", "yes", "injection", "buttock:right", "2022-04", "2022-03-07", "yes", "PD", "yes", "no", "no", "yes", "34.0"),
    ("L07", "yes", "yes", "pressure", "thigh:bilateral", "2025-03-18", "2025-01", "yes", "HD", "yes", "no", "yes", "yes", "30.4"),
    ("L08", "yes", "yes", "injection", "abdomen:bilateral", "2018-08", "2018-06-20", "no", "none", "no", "no", "yes", "yes", "45.1"),
    ("L09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("L10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("L11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "46.8"),
    ("L12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.1"),
    ("L13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.2"),
    ("L14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.4"),
    ("L15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("L16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "23.0"),
    ("L17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "20.5"),
    ("L18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.0"),
    ("L19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "32.4"),
    ("L20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.3"),
]
