"""Patient-level gold for annotations/probe147 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "thigh:bilateral", "2019-08-05", "2019-03", "yes", "PD", "yes", "yes", "no", "yes", "35.6"),
    ("C02", "yes", "yes", "thermal", "buttock:left", "2024-03-17", "2023", "yes", "HD", "no", "no", "yes", "yes", "33.1"),
    ("C03", "yes", "yes", "pressure", "breast:left", "2020-06-23", "2020-05-10", "yes", "HD", "yes", "no", "no", "yes", "37.6"),
    ("C04", "yes", "yes", "procedure", "abdomen:left", "2017-09-04", "2017-08-22", "yes", "PD", "no", "no", "yes", "no", "26.9"),
    ("C05", "yes", "yes", "accidental", "hip:right", "2019-01-25", "2018-12-31", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("C06", "yes", "yes", "injection", "upper_arm:left", "2025-05-26", "2025-04", "yes", "HD", "yes", "yes", "no", "yes", "29.6"),
    ("C07", "yes", "yes", "pressure", "lower_leg:left", "2022-01", "2021-10", "yes", "HD", "yes", "yes", "no", "yes", "41.3"),
    ("C08", "yes", "yes", "procedure", "groin:right", "2018-08-27", "2018-08-14", "yes", "HD", "yes", "no", "no", "no", "28.4"),
    ("C09", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "34.9"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "26.1"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "47.0"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "32.2"),
    ("C15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.5"),
    ("C16", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "22.8"),
    ("C17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "36.2"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.5"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.5"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "30.2"),
]
