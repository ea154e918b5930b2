"""Patient-level gold for annotations/probe13 (guidelines v1.2, sections 4 and 7).
interval_days is computed by corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("L01", "yes", "yes", "procedure", "abdomen:right", "2021-04-29", "2021-03-09", "yes", "PD", "yes", "no", "no", "yes", "31.4"),
    ("L02", "yes", "yes", "pressure", "thigh:left", "2022-08-29", "2022-08-16", "yes", "HD", "yes", "yes", "no", "no", "29.6"),
    ("L03", "yes", "yes", "injection", "abdomen:left", "2023-01-22", "2023-01-10", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("L04", "yes", "yes", "thermal", "thigh:right", "2020-02-25", "2020-02-11", "yes", "PD", "no", "no", "no", "yes", "33.8"),
    ("L05", "yes", "yes", "accidental", "lower_leg:left", "2024-04-20", "2024-04-03", "no", "none", "yes", "yes", "yes", "yes", "30.0"),
    ("L06", "yes", "yes", "procedure", "abdomen:unspecified", "2019-08", "2019-07-02", "yes", "HD", "yes", "no", "yes", "no", "25.2"),
    ("L07", "yes", "yes", "pressure", "hip:right", "2019-11-12", "2019-11-05", "yes", "HD", "no", "no", "no", "yes", "38.5"),
    ("L08", "yes", "yes", "injection", "thigh:bilateral", "2024-03", "2016", "yes", "HD", "yes", "yes", "no", "yes", "42.7"),
    ("L09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.4"),
    ("L10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "35.0"),
    ("L11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.2"),
    ("L12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "28.8"),
    ("L13", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "41.0"),
    ("L14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.1"),
    ("L15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.9"),
    ("L16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.9"),
    ("L17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22.5"),
    ("L18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("L19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.5"),
    ("L20", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "32.4"),
]
