"""Patient-level gold for annotations/probe201 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:right", "2022-03-13", "2022-03-07", "yes", "HD", "no", "no", "no", "no", "27.4"),
    ("C02", "yes", "yes", "thermal", "hip:right", "2020-01", "2019-10", "yes", "PD", "yes", "yes", "no", "yes", "36.2"),
    ("C03", "yes", "yes", "pressure", "upper_arm:left", "2023-06-07", "2023-05-29", "yes", "HD", "no", "no", "yes", "no", "24.9"),
    ("C04", "yes", "yes", "procedure", "abdomen:left", "2021-08-24", "2021-08-03", "no", "none", "yes", "no", "yes", "no", "29.0"),
    ("C05", "yes", "yes", "accidental", "lower_leg:right", "2024-01-18", "2024-01-06", "yes", "HD", "yes", "yes", "yes", "no", "22.1"),
    ("C06", "yes", "yes", "injection", "thigh:bilateral", "2025-01", "2024", "yes", "PD", "yes", "yes", "no", "yes", "33.1"),
    ("C07", "yes", "yes", "pressure", "flank:right", "2023-09-04", "2023-06", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("C08", "yes", "yes", "thermal", "lower_leg:left", "2018-12-25", "2018-11-22", "yes", "HD", "yes", "yes", "no", "no", "28.3"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "41.2"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("C11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.7"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "34.0"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
    ("C15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "28.4"),
    ("C16", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "26.0"),
    ("C17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "32.1"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.0"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "45.0"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "19.8"),
]
