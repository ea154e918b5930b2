"""Patient-level gold for annotations/probe17 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:left", "2020-11-03", "2020-06", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("C02", "yes", "yes", "thermal", "knee:right", "2019-04", "2019-02", "yes", "PD", "no", "no", "yes", "no", "28.4"),
    ("C03", "yes", "yes", "pressure", "lower_leg:bilateral", "2021-11-25", "2021-09-06", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("C04", "yes", "yes", "procedure", "chest:unspecified", "2019-05", "2019-04-09", "yes", "HD", "yes", "yes", "yes", "yes", "31.6"),
    ("C05", "yes", "yes", "accidental", "hip:right", "2023-01-09", "2022-12-31", "yes", "PD", "no", "no", "yes", "no", "24.1"),
    ("C06", "yes", "yes", "injection", "upper_arm:left", "2024-03-05", "2024-02-12", "yes", "HD", "yes", "yes", "no", "yes", "44.7"),
    ("C07", "yes", "yes", "thermal", "buttock:right", "2024-09-18", "2024", "no", "none", "yes", "no", "yes", "yes", "38.2"),
    ("C08", "yes", "yes", "pressure", "breast:left", "2025-04-08", "2025-03", "yes", "HD", "yes", "yes", "no", "no", "27.3"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "41.0"),
    ("C11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "32.5"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", ""),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22.0"),
    ("C15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("C16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "34.0"),
    ("C17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "26.0"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "36.0"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "31.2"),
    ("C20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "29.5"),
]
