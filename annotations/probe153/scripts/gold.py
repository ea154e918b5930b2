"""Patient-level gold for annotations/probe153 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "buttock:right", "2019-03-12", "2019-03-03", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("C02", "yes", "yes", "injection", "thigh:bilateral", "2022-11-24", "2022-08-11", "yes", "PD", "no", "no", "yes", "yes", "32.6"),
    ("C03", "yes", "yes", "thermal", "lower_leg:left", "2021-01", "2020", "yes", "HD", "yes", "no", "yes", "no", "27.9"),
    ("C04", "yes", "yes", "thermal", "abdomen:unspecified", "2023-04-25", "2023-03", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("C05", "yes", "yes", "pressure", "flank:right", "2017-07", "2017-06-12", "no", "none", "yes", "no", "yes", "yes", "37.9"),
    ("C06", "yes", "yes", "procedure", "upper_arm:left", "2024-06", "2024-05-07", "yes", "HD", "yes", "yes", "no", "no", "29.2"),
    ("C07", "yes", "yes", "procedure", "breast:right", "2018-12", "2018-10", "yes", "HD", "no", "no", "yes", "yes", "40.8"),
    ("C08", "yes", "yes", "accidental", "hip:left", "2026-01-20", "2025-12-24", "yes", "PD", "yes", "yes", "no", "no", "23.7"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "29.4"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.5"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.2"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.0"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "39.1"),
    ("C15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "35.2"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "21.6"),
    ("C17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.1"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.8"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "29.8"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "32.1"),
]
