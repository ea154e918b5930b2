"""Patient-level gold for annotations/probe225 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:right", "2023-03-24", "2023-03-06", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("C02", "yes", "yes", "injection", "upper_arm:left", "2022-12", "2022-10-04", "yes", "HD", "no", "no", "yes", "no", "27.0"),
    ("C03", "yes", "yes", "procedure", "groin:right", "2024-06-03", "2024-05-11", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("C04", "yes", "yes", "procedure", "abdomen:right", "2020-03-02", "2020-02-11", "yes", "PD", "yes", "no", "no", "yes", "36.2"),
    ("C05", "yes", "yes", "pressure", "thigh:left", "2021-08-09", "2021", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("C06", "yes", "yes", "procedure;thermal", "upper_arm:right", "2020-11", "2020-10-19", "no", "none", "no", "no", "yes", "yes", "31.5"),
    ("C07", "yes", "yes", "thermal", "abdomen:left", "2025-01-01", "2024-12-24", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("C08", "yes", "yes", "accidental", "lower_leg:left", "2018-10", "2018-09-14", "yes", "HD", "no", "no", "yes", "no", "24.2"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("C10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "38.2"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.3"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.4"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.1"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.0"),
    ("C15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.8"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.0"),
    ("C17", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "35.0"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.6"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "25.3"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.0"),
]
