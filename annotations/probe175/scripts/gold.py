"""Patient-level gold for annotations/probe175 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "buttock:right", "2020-09-08", "2020-01", "yes", "HD", "yes", "no", "no", "yes", "35.8"),
    ("A02", "yes", "yes", "pressure", "lower_leg:left", "2022-07-01", "2022-06-06", "yes", "PD", "no", "no", "yes", "yes", "31.0"),
    ("A03", "yes", "yes", "thermal", "thigh:bilateral", "2025-01-01", "2024", "yes", "HD", "yes", "yes", "no", "yes", "43.7"),
    ("A04", "yes", "yes", "procedure", "abdomen:left", "2023-08-14", "2023-04", "yes", "HD", "no", "no", "no", "yes", "47.9"),
    ("A05", "yes", "yes", "accidental", "hip:right", "2019-12", "2019-11-28", "yes", "HD", "yes", "no", "yes", "no", "29.6"),
    ("A06", "yes", "yes", "injection", "upper_arm:left", "2017-10", "2017-09-18", "yes", "PD", "yes", "yes", "no", "yes", "33.9"),
    ("A07", "yes", "yes", "pressure", "flank:left", "2021-03-29", "2021-03-03", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("A08", "yes", "yes", "pressure;thermal", "thigh:left", "2016-10-03", "2016-08", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "40.6"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.1"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "35.2"),
    ("A13", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "36.9"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "30.3"),
    ("A15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "32.6"),
    ("A16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "24.6"),
    ("A17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "39.4"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.7"),
    ("A19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.8"),
    ("A20", "no", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "28.4"),
]
