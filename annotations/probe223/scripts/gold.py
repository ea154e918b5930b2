"""Patient-level gold for annotations/probe223 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "abdomen:right", "2023-04-06", "2023-02-06", "yes", "HD", "no", "no", "no", "no", "26.1"),
    ("A02", "yes", "yes", "thermal", "knee:left", "2020-01", "2019-11", "yes", "PD", "yes", "yes", "no", "yes", "31.5"),
    ("A03", "yes", "yes", "pressure", "thigh:right", "2022-06-09", "2022-05-10", "yes", "HD", "yes", "yes", "yes", "yes", "38.2"),
    ("A04", "yes", "yes", "procedure", "chest:right", "2024-06-11", "2024-03", "yes", "none", "yes", "no", "no", "yes", "30.0"),
    ("A05", "yes", "yes", "accidental", "lower_leg:right", "2025-10-07", "2025-09-14", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("A06", "yes", "yes", "injection", "upper_arm:left", "2018-09-03", "2018-08-21", "yes", "PD", "no", "no", "no", "no", "22.7"),
    ("A07", "yes", "yes", "thermal", "thigh:left", "2021-02", "2020", "no", "none", "no", "no", "yes", "yes", "32.6"),
    ("A08", "yes", "yes", "pressure", "ankle:right", "2017-11-23", "2017-09-14", "yes", "HD", "no", "no", "no", "no", "28.0"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.9"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.9"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "41.2"),
    ("A13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "24.0"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "39.1"),
    ("A15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.2"),
    ("A16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "31.0"),
    ("A17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "25.3"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.1"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.2"),
    ("A20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.3"),
]
