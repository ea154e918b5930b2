"""Patient-level gold for annotations/probe187 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "abdomen:right", "2022-06-17", "2022-03-08", "yes", "PD", "yes", "yes", "no", "yes", "31.8"),
    ("A02", "yes", "yes", "injection", "buttock:left", "2020-04-21", "2020-03", "yes", "PD", "no", "no", "no", "no", "26.9"),
    ("A03", "yes", "yes", "thermal", "lower_leg:left", "2023-09-02", "2022", "no", "none", "yes", "no", "yes", "yes", "30.0"),
    ("A04", "yes", "yes", "pressure", "upper_arm:right", "2021-04", "2021-01", "yes", "PD", "yes", "yes", "no", "yes", "34.9"),
    ("A05", "yes", "yes", "procedure", "buttock:left", "2019-11-05", "2019-10-08", "yes", "HD", "no", "no", "yes", "no", "28.3"),
    ("A06", "yes", "yes", "accidental", "lower_leg:right", "2024-03-05", "2024-02-13", "yes", "PD", "yes", "no", "no", "yes", "32.6"),
    ("A07", "yes", "yes", "injection", "thigh:bilateral", "2022-11-24", "2022-06", "yes", "PD", "yes", "yes", "no", "no", "24.3"),
    ("A08", "yes", "yes", "injection;thermal", "thigh:left", "2024-04", "2024-01-09", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("A09", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "27.0"),
    ("A10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("A11", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "43.6"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.4"),
    ("A13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "26.1"),
    ("A14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.8"),
    ("A15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "31.0"),
    ("A16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "28.0"),
    ("A17", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "22.5"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.9"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.2"),
    ("A20", "no", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "33.8"),
]
