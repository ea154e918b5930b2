"""Patient-level gold for annotations/probe81 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "abdomen:left", "2021-06-01", "2021-05-03", "yes", "HD", "yes", "yes", "no", "yes", "33.9"),
    ("A02", "yes", "yes", "thermal", "knee:right", "2019-12-12", "2019-11-28", "yes", "PD", "yes", "no", "yes", "no", "27.1"),
    ("A03", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-02-14", "2023-01", "yes", "HD", "no", "no", "yes", "yes", "32.1"),
    ("A04", "yes", "yes", "procedure", "chest:right", "2021-09-04", "2021-06", "yes", "HD", "yes", "yes", "no", "no", "29.8"),
    ("A05", "yes", "yes", "accidental", "buttock:left", "2023-04-24", "2023-04-09", "yes", "HD", "no", "no", "no", "no", "22.1"),
    ("A06", "yes", "yes", "injection", "abdomen:bilateral", "2020-02-19", "2020-01-30", "yes", "HD", "no", "no", "no", "yes", "35.6"),
    ("A07", "yes", "yes", "thermal", "shoulder:right", "2024-12-31", "2024-10", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("A08", "yes", "yes", "pressure", "thigh:right", "2018-10", "2018-08-20", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.4"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "25.0"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.1"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", ""),
    ("A13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.1"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.8"),
    ("A15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("A16", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "28.0"),
    ("A17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "30.2"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "29.5"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.6"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "34.7"),
]
