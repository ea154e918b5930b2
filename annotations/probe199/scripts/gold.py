"""Patient-level gold for annotations/probe199 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "abdomen:right", "2024-04-10", "2024-03-06", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("A02", "yes", "yes", "thermal", "lower_leg:left", "2022-10", "2022-08-16", "yes", "PD", "yes", "yes", "yes", "no", "28.4"),
    ("A03", "yes", "yes", "pressure", "lower_leg:bilateral", "2021-07-08", "2021", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("A04", "yes", "yes", "procedure", "thigh:left", "2023-05-30", "2023-05-02", "no", "none", "yes", "yes", "yes", "yes", "35.8"),
    ("A05", "yes", "yes", "accidental", "lower_leg:right", "2020-09-21", "2020-09-14", "yes", "HD", "yes", "no", "no", "yes", "40.6"),
    ("A06", "yes", "yes", "injection", "upper_arm:left", "2019-11-28", "2019-11-02", "yes", "HD", "no", "no", "no", "no", "24.9"),
    ("A07", "yes", "yes", "pressure", "buttock:bilateral", "2018-02", "2018-01-15", "yes", "PD", "yes", "yes", "no", "no", "21.9"),
    ("A08", "yes", "yes", "procedure", "thigh:left", "2025-04-22", "2025-03", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "37.6"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "45.7"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.0"),
    ("A13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "33.8"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.4"),
    ("A15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "35.0"),
    ("A16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.8"),
    ("A17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "23.0"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "25.1"),
    ("A20", "no", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.8"),
]
