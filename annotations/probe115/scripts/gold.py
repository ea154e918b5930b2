"""Patient-level gold for annotations/probe115 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("L01", "yes", "yes", "injection", "thigh:left", "2021-01-20", "2020-09", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("L02", "yes", "yes", "thermal", "back:bilateral", "2023-01-01", "2022-11-24", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("L03", "yes", "yes", "pressure", "lower_leg:right", "2024-03", "2024-01", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("L04", "yes", "yes", "procedure", "abdomen:unspecified", "2019", "2019-06-04", "yes", "HD", "yes", "yes", "no", "yes", "36.0"),
    ("L05", "yes", "yes", "accidental", "hip:left", "2025-10-20", "2025-10-02", "yes", "PD", "no", "no", "yes", "no", "24.0"),
    ("L06", "yes", "yes", "injection", "abdomen:bilateral", "2020-12-04", "2020-11-12", "yes", "HD", "no", "no", "no", "yes", "41.0"),
    ("L07", "yes", "yes", "thermal", "knee:right", "2022-02", "2021-12-25", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
    ("L08", "yes", "yes", "injection;pressure", "abdomen:left", "2023-06", "2023-04-03", "yes", "HD", "no", "no", "no", "yes", "30.4"),
    ("L09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("L10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.5"),
    ("L11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("L12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.8"),
    ("L13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22.9"),
    ("L14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.3"),
    ("L15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("L16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "no", "23.1"),
    ("L17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "38.7"),
    ("L18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.0"),
    ("L19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "26.0"),
    ("L20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.2"),
]
