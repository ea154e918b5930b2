"""Patient-level gold for annotations/probe213 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "upper_arm:left", "2023-10-27", "2023-09-12", "yes", "PD", "yes", "yes", "no", "yes", "32.8"),
    ("C02", "yes", "yes", "thermal", "back:left", "2022-04", "2022-02", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("C03", "yes", "yes", "pressure", "flank:right", "2024-04-29", "2024-03-04", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("C04", "yes", "yes", "procedure", "groin:right", "2023", "2023-01-18", "yes", "HD", "no", "no", "yes", "yes", "35.8"),
    ("C05", "yes", "yes", "accidental", "lower_leg:left", "2025-06-21", "2025-06-03", "yes", "HD", "yes", "yes", "no", "no", "24.5"),
    ("C06", "yes", "yes", "injection", "forearm:left", "2024-11-28", "2024-11-18", "yes", "PD", "yes", "no", "no", "no", "29.9"),
    ("C07", "yes", "yes", "thermal", "forearm:right", "2021-10", "2021-08-14", "no", "none", "no", "no", "yes", "yes", "31.2"),
    ("C08", "yes", "yes", "pressure", "abdomen:left", "2024-09-02", "2023", "yes", "HD", "yes", "yes", "no", "yes", "42.1"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "34.0"),
    ("C10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "28.3"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.6"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "45.1"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.0"),
    ("C14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "40.2"),
    ("C15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "31.0"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "27.9"),
    ("C17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.0"),
    ("C18", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "32.1"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "25.8"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.8"),
]
