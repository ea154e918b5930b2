"""Patient-level gold for annotations/probe171 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "upper_arm:left", "2019-06-11", "2019-03", "yes", "PD", "no", "no", "no", "yes", "32.8"),
    ("C02", "yes", "yes", "pressure", "knee:bilateral", "2021-05-09", "2020", "yes", "HD", "yes", "no", "yes", "yes", "38.7"),
    ("C03", "yes", "yes", "thermal", "lower_leg:left", "2023-02", "2022-12-17", "yes", "HD", "yes", "yes", "no", "no", "27.4"),
    ("C04", "yes", "yes", "procedure", "groin:right", "2017-05-30", "2017-05-09", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("C05", "yes", "yes", "accidental", "buttock:right", "2024-02-02", "2024-01-15", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("C06", "yes", "yes", "injection", "flank:left", "2023-01-01", "2022-10", "yes", "HD", "yes", "yes", "no", "yes", "35.5"),
    ("C07", "yes", "yes", "injection;pressure", "abdomen:unspecified", "2025-03-28", "2024-08", "yes", "HD", "no", "no", "no", "yes", "43.8"),
    ("C08", "yes", "yes", "procedure", "thigh:right", "2025-10-06", "2025-09-01", "yes", "HD", "yes", "no", "no", "yes", "36.0"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("C10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "26.1"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "47.3"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.2"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.5"),
    ("C15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "24.0"),
    ("C16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "31.8"),
    ("C17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "35"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.3"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "31.0"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.3"),
]
