"""Patient-level gold for annotations/probe141 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "buttock:left", "2019-03-26", "2019-03-12", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("C02", "yes", "yes", "thermal", "lower_leg:bilateral", "2023-02", "2022", "yes", "HD", "no", "no", "yes", "no", "27.0"),
    ("C03", "yes", "yes", "pressure", "flank:left", "2021-10", "2021-08", "yes", "PD", "no", "no", "no", "no", "22.1"),
    ("C04", "yes", "yes", "procedure", "abdomen:right", "2018-12-25", "2018-10-16", "yes", "HD", "yes", "no", "no", "yes", "36.2"),
    ("C05", "yes", "yes", "accidental", "hip:right", "2025-01-25", "2025-01-06", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("C06", "yes", "yes", "injection", "thigh:left", "2022-07-19", "2022-06", "yes", "PD", "yes", "yes", "no", "yes", "41.0"),
    ("C07", "yes", "yes", "pressure", "breast:left", "2020-04-12", "", "no", "none", "no", "no", "yes", "yes", "43.6"),
    ("C08", "yes", "yes", "injection", "upper_arm:right", "2026-02-17", "2026-02-03", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.2"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.1"),
    ("C12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.6"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.4"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "34.0"),
    ("C15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.5"),
    ("C16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "26.1"),
    ("C17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.1"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.8"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "24.5"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
]
