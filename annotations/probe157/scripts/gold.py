"""Patient-level gold for annotations/probe157 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "upper_arm:right", "2019-03-26", "2019-03-04", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("A02", "yes", "yes", "thermal", "lower_leg:bilateral", "2018-01", "2017-12-25", "yes", "HD", "yes", "yes", "yes", "no", "27.9"),
    ("A03", "yes", "yes", "pressure", "hip:right", "2022-10-18", "2022-10-03", "yes", "PD", "no", "no", "no", "yes", "33.6"),
    ("A04", "yes", "yes", "procedure", "thigh:right", "2020-07", "2020-06-06", "no", "none", "no", "no", "yes", "yes", "40.7"),
    ("A05", "yes", "yes", "accidental", "thigh:left", "2023-10", "2023-09-04", "yes", "HD", "yes", "no", "yes", "no", "29.9"),
    ("A06", "yes", "yes", "injection", "thigh:left", "2022-03-30", "2021", "yes", "PD", "yes", "yes", "no", "no", "27.3"),
    ("A07", "yes", "yes", "thermal", "flank:left", "2024-03-23", "2024-02-19", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("A08", "yes", "yes", "pressure", "buttock:left", "2025-05", "2025-04-11", "yes", "HD", "yes", "no", "yes", "no", "24.0"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.6"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "43.8"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "32.0"),
    ("A12", "yes", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "28.7"),
    ("A13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.9"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "38.1"),
    ("A15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.1"),
    ("A16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "19.6"),
    ("A17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.2"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.2"),
    ("A19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.0"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.6"),
]
