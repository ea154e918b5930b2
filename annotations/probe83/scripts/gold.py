"""Patient-level gold for annotations/probe83 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "thigh:right", "2022-12-29", "2022-06", "yes", "HD", "no", "no", "yes", "yes", "29.6"),
    ("C02", "yes", "yes", "thermal", "knee:right", "2022-01-04", "2021-11-25", "yes", "PD", "yes", "yes", "no", "no", "27.3"),
    ("C03", "yes", "yes", "pressure", "forearm:left", "2020-04", "2020-03", "yes", "HD", "no", "no", "no", "no", "22.1"),
    ("C04", "yes", "yes", "procedure", "thigh:left", "2019-10", "2019-08-14", "no", "none", "yes", "no", "yes", "yes", "34.1"),
    ("C05", "yes", "yes", "accidental", "lower_leg:right", "2021-01-03", "2020-12-24", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("C06", "yes", "yes", "injection", "hip:right", "2023-06-02", "2023-05-02", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("C07", "yes", "yes", "pressure", "lower_leg:bilateral", "2025-02-10", "2024", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("C08", "yes", "yes", "injection", "abdomen:left", "2021-10", "2016", "yes", "HD", "yes", "yes", "yes", "yes", "40.6"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.7"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.4"),
    ("C11", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "27.9"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.4"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "42.1"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.5"),
    ("C15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "30.6"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.5"),
    ("C17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.3"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.4"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
    ("C20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "29.9"),
]
