"""Patient-level gold for annotations/probe75 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:right", "2021-02-03", "2020-08", "yes", "HD", "yes", "yes", "no", "yes", "44.9"),
    ("C02", "yes", "yes", "injection", "thigh:right", "2023-10-30", "2023-09-04", "yes", "PD", "yes", "yes", "no", "yes", "36.2"),
    ("C03", "yes", "yes", "thermal", "knee:right", "2022-12", "2022-11-24", "yes", "HD", "no", "no", "yes", "yes", "41.3"),
    ("C04", "yes", "yes", "pressure", "flank:right", "2024-05-27", "2024-03", "yes", "HD", "yes", "no", "no", "yes", "35.0"),
    ("C05", "yes", "yes", "procedure", "abdomen:left", "2019-06", "2019-04-09", "yes", "PD", "no", "no", "no", "yes", "36.4"),
    ("C06", "yes", "yes", "accidental", "lower_leg:left", "2025-01-09", "2024-12-31", "yes", "HD", "yes", "yes", "yes", "no", "29.4"),
    ("C07", "yes", "yes", "injection", "upper_arm:bilateral", "2020-09-24", "2020-08", "yes", "HD", "no", "no", "yes", "yes", ""),
    ("C08", "yes", "yes", "thermal", "buttock:left", "2018-09-27", "2018-01", "yes", "HD", "yes", "yes", "no", "yes", "39.0"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "39.1"),
    ("C10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "29.9"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "36.5"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "47.5"),
    ("C13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.4"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.1"),
    ("C15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "52.3"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "36.2"),
    ("C17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "33.0"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "28.1"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "41.6"),
    ("C20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "37.9"),
]
