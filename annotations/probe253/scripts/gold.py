"""Patient-level gold for annotations/probe253 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "thigh:right", "2019-09-28", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("A02", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.1"),
    ("A03", "yes", "yes", "pressure", "chest:unspecified", "2024-04-19", "2024-04-03", "yes", "PD", "yes", "no", "no", "yes", "35.7"),
    ("A04", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.9"),
    ("A05", "yes", "yes", "injection", "abdomen:left", "2017-03-17", "2017-02-27", "yes", "HD", "yes", "no", "no", "yes", "30.9"),
    ("A06", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "24.7"),
    ("A07", "yes", "yes", "thermal", "buttock:right", "2023-01", "2022", "yes", "PD", "no", "no", "no", "yes", "37.6"),
    ("A08", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "29.6"),
    ("A09", "yes", "yes", "procedure", "forearm:right", "2021-02-27", "2021-02-08", "yes", "HD", "yes", "yes", "yes", "no", "27.5"),
    ("A10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "41.2"),
    ("A11", "yes", "yes", "accidental", "lower_leg:right", "2022-10-21", "2022-10-03", "yes", "HD", "no", "no", "no", "no", "23.9"),
    ("A12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.3"),
    ("A13", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", ""),
    ("A14", "yes", "yes", "injection", "thigh:bilateral", "2018-07-04", "2018-04-17", "yes", "PD", "yes", "yes", "no", "yes", "30.6"),
    ("A15", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("A16", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "31.5"),
    ("A17", "yes", "yes", "thermal", "lower_leg:left", "2016-08-26", "2016-08-01", "yes", "HD", "yes", "no", "yes", "no", "29.4"),
    ("A18", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "33.5"),
    ("A19", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.8"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "24.0"),
]
