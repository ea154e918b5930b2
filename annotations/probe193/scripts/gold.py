"""Patient-level gold for annotations/probe193 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "thigh:left", "2023-01-29", "2022-12-14", "yes", "HD", "no", "no", "no", "no", "22.1"),
    ("A02", "yes", "yes", "thermal", "back:right", "2022-12", "2022-10", "yes", "PD", "yes", "yes", "no", "yes", "30.9"),
    ("A03", "yes", "yes", "procedure", "forearm:right", "2024-03-16", "2024-03-05", "no", "none", "no", "no", "yes", "yes", "30.0"),
    ("A04", "yes", "yes", "pressure", "upper_arm:left", "2022-02-16", "2021", "yes", "HD", "yes", "no", "no", "no", "27.3"),
    ("A05", "yes", "yes", "injection;pressure", "abdomen:left", "2023-10-12", "2023-08", "yes", "HD", "yes", "yes", "no", "no", "19.6"),
    ("A06", "yes", "yes", "accidental", "lower_leg:right", "2025-01-28", "2025-01-14", "yes", "HD", "yes", "no", "yes", "no", "25.0"),
    ("A07", "yes", "yes", "procedure", "groin:right", "2022-12-25", "2022-12-19", "yes", "PD", "no", "no", "no", "yes", "33.1"),
    ("A08", "yes", "yes", "thermal", "lower_leg:bilateral", "2021-04-05", "2020", "yes", "HD", "yes", "yes", "yes", "yes", "35.8"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.8"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "21.3"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "42.0"),
    ("A13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.8"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("A15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "33.6"),
    ("A16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "28.0"),
    ("A17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.5"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.3"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "24.4"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
]
