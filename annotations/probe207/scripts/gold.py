"""Patient-level gold for annotations/probe207 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:left", "2023-11-23", "2023-11-12", "no", "none", "no", "no", "yes", "yes", "40.6"),
    ("C02", "yes", "yes", "injection;procedure", "forearm:left", "2020-02-27", "2020-02-06", "yes", "PD", "yes", "yes", "no", "yes", "31.1"),
    ("C03", "yes", "yes", "thermal", "forearm:left", "2022-10", "2022-10-03", "yes", "PD", "no", "no", "no", "no", "24.3"),
    ("C04", "yes", "yes", "thermal", "thigh:left", "2024-02-19", "2023", "no", "none", "yes", "yes", "no", "yes", "36.0"),
    ("C05", "yes", "yes", "pressure", "forearm:right", "2019-06-10", "2019-05-14", "no", "none", "yes", "no", "yes", "yes", "30.0"),
    ("C06", "yes", "yes", "pressure", "upper_arm:right", "2025-01-09", "2024-12-31", "yes", "HD", "yes", "yes", "yes", "no", "27.4"),
    ("C07", "yes", "yes", "procedure", "upper_arm:left", "2021-09-06", "2021-07-06", "yes", "PD", "no", "no", "no", "yes", ""),
    ("C08", "yes", "yes", "accidental", "lower_leg:right", "2023-05", "2023-04-10", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("C09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "33.0"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "38.1"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "31.0"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "35.5"),
    ("C15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.5"),
    ("C16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "24.0"),
    ("C17", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "42.0"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.8"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "32.4"),
    ("C20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "29.0"),
]
