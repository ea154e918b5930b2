"""Patient-level gold for annotations/probe51 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "abdomen:left", "2021-02-03", "2020-06", "yes", "PD", "yes", "yes", "no", "no", "26.4"),
    ("A02", "yes", "yes", "procedure", "abdomen:left", "2022-07", "2022-03-09", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("A03", "yes", "yes", "thermal", "hip:right", "2023-12-27", "2023-11-23", "yes", "HD", "yes", "yes", "yes", "yes", "31.0"),
    ("A04", "yes", "yes", "pressure", "lower_leg:left", "2022-05", "2022-03", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("A05", "yes", "yes", "accidental", "knee:right", "2019-09-20", "2019-09-02", "yes", "HD", "yes", "yes", "no", "no", "27.5"),
    ("A06", "yes", "yes", "injection", "thigh:bilateral", "2023-04-11", "2023-01-10", "yes", "PD", "yes", "no", "no", "yes", "37.2"),
    ("A07", "yes", "yes", "injection", "upper_arm:right", "2019-08-08", "2017", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
    ("A08", "yes", "yes", "thermal", "shoulder:left", "2025-01-09", "2024-12-24", "yes", "none", "yes", "yes", "no", "yes", "33.4"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.8"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "24.2"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "34.5"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.4"),
    ("A13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "44.3"),
    ("A14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.4"),
    ("A15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.0"),
    ("A16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "32.2"),
    ("A17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.0"),
    ("A18", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "23.1"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "34.9"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.9"),
]
