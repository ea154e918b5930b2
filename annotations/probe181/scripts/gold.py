"""Patient-level gold for annotations/probe181 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "buttock:right", "2023-02-24", "2023-02-06", "yes", "HD", "no", "no", "no", "no", "25.7"),
    ("A02", "yes", "yes", "thermal", "genitals:unspecified", "2021-11-08", "2021-10", "yes", "PD", "yes", "yes", "yes", "yes", "31.1"),
    ("A03", "yes", "yes", "pressure", "chest:left", "2024-01-01", "2023", "yes", "HD", "no", "no", "no", "yes", "30.6"),
    ("A04", "yes", "yes", "procedure", "groin:left", "2022-06", "2022-05-11", "yes", "HD", "yes", "no", "no", "yes", "32.9"),
    ("A05", "yes", "yes", "accidental", "lower_leg:left", "2022-01", "2021-11-25", "yes", "PD", "no", "no", "yes", "no", "22.0"),
    ("A06", "yes", "yes", "injection", "abdomen:left", "2024-10", "2024-09-12", "yes", "HD", "yes", "yes", "no", "yes", "35.6"),
    ("A07", "yes", "yes", "injection", "thigh:right", "2019-07-09", "2019-03", "yes", "HD", "no", "no", "yes", "no", "27.5"),
    ("A08", "yes", "yes", "injection;thermal", "buttock:left", "2019-07-04", "2019-06-03", "yes", "PD", "yes", "yes", "no", "yes", "40.6"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("A10", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "33.8"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "42.1"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.5"),
    ("A13", "yes", "no", "", "", "", "", "yes", "none", "yes", "no", "no", "yes", "37.9"),
    ("A14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "28.1"),
    ("A15", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "23.8"),
    ("A16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22.8"),
    ("A17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", ""),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.9"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.0"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "35.5"),
]
