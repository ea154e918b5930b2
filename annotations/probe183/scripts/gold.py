"""Patient-level gold for annotations/probe183 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "thigh:right", "2019-12-24", "2019-03", "yes", "HD", "no", "no", "no", "yes", "33.1"),
    ("C02", "yes", "yes", "thermal", "flank:left", "2022-10", "2022", "yes", "PD", "yes", "yes", "no", "no", "28.7"),
    ("C03", "yes", "yes", "pressure", "thigh:left", "2024-02-09", "2023-12-25", "yes", "HD", "no", "no", "yes", "yes", "31.6"),
    ("C04", "yes", "yes", "procedure", "abdomen:right", "2020-10", "2020-08-11", "no", "none", "no", "no", "yes", "yes", "36.2"),
    ("C05", "yes", "yes", "injection", "abdomen:left", "2025-05-27", "2025-03-04", "yes", "HD", "yes", "no", "no", "yes", "31.2"),
    ("C06", "yes", "yes", "accidental", "thigh:right", "2021-12-06", "2021-11-25", "yes", "HD", "yes", "yes", "yes", "yes", "34.0"),
    ("C07", "yes", "yes", "thermal", "lower_leg:bilateral", "2023-03", "2023-01", "yes", "PD", "no", "no", "no", "no", "27.5"),
    ("C08", "yes", "yes", "injection;thermal", "thigh:left", "2024-03-17", "2024-02-06", "yes", "HD", "yes", "no", "no", "yes", "41.2"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.4"),
    ("C10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "30.9"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.8"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.6"),
    ("C14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.6"),
    ("C15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "38.0"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "22.8"),
    ("C17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.1"),
    ("C18", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.0"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "27.0"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.5"),
]
