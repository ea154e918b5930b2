"""Patient-level gold for annotations/probe189 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:right", "2022-03-18", "2022-03-04", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("C02", "yes", "yes", "thermal", "shoulder:right", "2023-12", "2023-11-23", "yes", "PD", "yes", "no", "yes", "no", "29.9"),
    ("C03", "yes", "yes", "pressure", "lower_leg:bilateral", "2020-06-18", "2020-06-08", "yes", "HD", "no", "no", "no", "yes", "40.6"),
    ("C04", "yes", "yes", "procedure", "groin:right", "2019-05-27", "2019-04", "no", "none", "no", "no", "yes", "yes", "30.0"),
    ("C05", "yes", "yes", "accidental", "lower_leg:left", "2021-09-25", "2021-09-14", "yes", "HD", "yes", "no", "no", "no", "27.0"),
    ("C06", "yes", "yes", "injection", "upper_arm:bilateral", "2024-06", "2024", "yes", "PD", "yes", "yes", "no", "yes", "33.1"),
    ("C07", "yes", "yes", "procedure", "thigh:left", "2017-10-18", "2017-10-03", "yes", "HD", "yes", "yes", "yes", "yes", "31.8"),
    ("C08", "yes", "yes", "pressure", "upper_arm:left", "2025-02", "2025-01", "yes", "HD", "no", "no", "no", "no", "24.3"),
    ("C09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "34.0"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "26.1"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "45.3"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "38.0"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "31.0"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "25.5"),
    ("C15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "32.4"),
    ("C16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "28.4"),
    ("C17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", ""),
    ("C18", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.7"),
    ("C19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.4"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.0"),
]
