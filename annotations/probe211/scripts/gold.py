"""Patient-level gold for annotations/probe211 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "thigh:left", "2022-03-22", "2022-03-08", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("A02", "yes", "yes", "thermal", "back:left", "2022-12", "2022-10", "yes", "PD", "no", "no", "yes", "no", "27.1"),
    ("A03", "yes", "yes", "pressure", "abdomen:unspecified", "2021-09-14", "2021-08-19", "yes", "HD", "yes", "no", "no", "yes", "41.2"),
    ("A04", "yes", "yes", "procedure", "buttock:left", "2020-04-12", "2020-02-11", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("A05", "yes", "yes", "accidental", "lower_leg:right", "2024-05", "2024-04-23", "yes", "HD", "yes", "yes", "no", "no", "24.8"),
    ("A06", "yes", "yes", "injection", "abdomen:right", "2019-01-01", "2018", "yes", "PD", "yes", "yes", "no", "yes", "36.1"),
    ("A07", "yes", "yes", "thermal", "knee:right", "2025-01-28", "2024-12-25", "yes", "HD", "no", "no", "yes", "no", "28.6"),
    ("A08", "yes", "yes", "pressure", "hip:right", "2023-11-23", "2021", "yes", "HD", "yes", "no", "no", "yes", "31.2"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.9"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("A13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "33.4"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("A15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "34.0"),
    ("A16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.3"),
    ("A17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.1"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "26.0"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.0"),
]
