"""Patient-level gold for annotations/probe16 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "thigh:left", "2020-06-14", "2020-01", "yes", "PD", "yes", "yes", "no", "yes", "33.6"),
    ("A02", "yes", "yes", "injection", "abdomen:left", "2021-11-25", "2021-11-10", "yes", "HD", "no", "no", "yes", "no", "26.9"),
    ("A03", "yes", "yes", "thermal", "lower_leg:right", "2021-01", "2020", "yes", "HD", "yes", "yes", "no", "yes", "41.3"),
    ("A04", "yes", "yes", "pressure", "lower_leg:left", "2019-09", "2019-08-02", "yes", "HD", "no", "no", "no", "no", "29.4"),
    ("A05", "yes", "yes", "procedure", "abdomen:left", "2023-04-10", "2023-02-08", "yes", "PD", "no", "no", "yes", "yes", "35.2"),
    ("A06", "yes", "yes", "accidental", "lower_leg:left", "2024-03", "2024-02-14", "yes", "HD", "yes", "no", "yes", "no", "24.1"),
    ("A07", "yes", "yes", "injection", "thigh:bilateral", "2020-12", "2020-10-03", "yes", "HD", "yes", "yes", "yes", "yes", "30.4"),
    ("A08", "yes", "yes", "pressure", "thigh:right", "2025-06-23", "2025-05-06", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.7"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.0"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.5"),
    ("A13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "45.1"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.5"),
    ("A15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "27.1"),
    ("A16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("A17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", ""),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.4"),
    ("A19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "23.1"),
    ("A20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "35.8"),
]
