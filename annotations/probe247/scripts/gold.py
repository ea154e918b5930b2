"""Patient-level gold for annotations/probe247 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "abdomen:right", "2022-03-23", "2022-03-04", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("A02", "yes", "yes", "pressure", "flank:left", "2021-07", "2021-06-14", "yes", "PD", "no", "no", "yes", "yes", "36.2"),
    ("A03", "yes", "yes", "thermal", "buttock:left", "2020-06-23", "2020-05-25", "yes", "HD", "yes", "no", "yes", "no", "28.4"),
    ("A04", "yes", "yes", "procedure", "genitals:unspecified", "2024-01-30", "2024-01-16", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("A05", "yes", "yes", "injection", "back:left", "2025-03-03", "2025-02-11", "yes", "PD", "no", "no", "yes", "yes", "38.9"),
    ("A06", "yes", "yes", "pressure;thermal", "lower_leg:bilateral", "2020-12-25", "2019", "yes", "HD", "yes", "no", "no", "no", "29.6"),
    ("A07", "yes", "yes", "accidental", "thigh:right", "2023-10-24", "2023-10-03", "yes", "HD", "yes", "yes", "no", "yes", "41.6"),
    ("A08", "yes", "yes", "pressure", "neck:left", "2019-06-20", "2019-05-27", "no", "none", "no", "no", "yes", "no", "24.3"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "44.1"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "36.9"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.0"),
    ("A13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.5"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("A15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "36.7"),
    ("A16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "29.2"),
    ("A17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.0"),
    ("A18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "40.2"),
    ("A19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "26.1"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "34.0"),
]
