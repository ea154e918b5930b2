"""Patient-level gold for annotations/probe255 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:left", "2023-03-05", "2023-02-22", "yes", "HD", "yes", "no", "yes", "yes", "31.4"),
    ("C02", "yes", "yes", "pressure", "chest:left", "2022-09-05", "2022-08-10", "yes", "PD", "no", "no", "no", "no", "27.0"),
    ("C03", "yes", "yes", "thermal", "lower_leg:right", "2020-01-01", "2019-11", "yes", "HD", "yes", "yes", "no", "yes", "32.5"),
    ("C04", "yes", "yes", "procedure", "lower_leg:left", "2024-02-20", "2024-01-09", "no", "none", "yes", "no", "yes", "no", "29.1"),
    ("C05", "yes", "yes", "injection", "upper_arm:right", "2018-06", "2018-03-20", "yes", "PD", "no", "no", "yes", "no", "23.6"),
    ("C06", "yes", "yes", "accidental", "hip:left", "2020-10-25", "2020-10-04", "yes", "HD", "yes", "no", "yes", "yes", "34.9"),
    ("C07", "yes", "yes", "injection", "thigh:bilateral", "2022-03", "2016", "yes", "HD", "yes", "yes", "no", "yes", "39.4"),
    ("C08", "yes", "yes", "procedure;thermal", "chest:right", "2025-02", "2025-01-14", "yes", "HD", "no", "no", "no", "no", "28.0"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.0"),
    ("C10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "41.6"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.0"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "45.6"),
    ("C13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.4"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "40.3"),
    ("C15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "30.0"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.5"),
    ("C17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.8"),
    ("C18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "27.5"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "26.0"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "29.4"),
]
