"""Patient-level gold for annotations/probe145 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "upper_arm:right", "2019-06-11", "2019-04-02", "yes", "HD", "yes", "yes", "no", "yes", "30.9"),
    ("A02", "yes", "yes", "pressure", "ankle:left", "2022-07-05", "2022-03", "yes", "HD", "no", "no", "yes", "no", "25.8"),
    ("A03", "yes", "yes", "thermal", "thigh:right", "2017-12-02", "2017-11-03", "yes", "PD", "yes", "yes", "no", "yes", "37.6"),
    ("A04", "yes", "yes", "procedure", "flank:left", "2021-04", "2021-02-19", "no", "none", "no", "no", "yes", "yes", "33.0"),
    ("A05", "yes", "yes", "accidental", "hip:left", "2023-09-25", "2023-09-04", "yes", "HD", "yes", "yes", "no", "no", "28.9"),
    ("A06", "yes", "yes", "injection", "buttock:bilateral", "2025-01-20", "2024-12-24", "yes", "HD", "no", "no", "no", "yes", "35.1"),
    ("A07", "yes", "yes", "thermal", "lower_leg:left", "2018-09", "2018", "yes", "HD", "yes", "no", "no", "no", "24.1"),
    ("A08", "yes", "yes", "pressure", "thigh:bilateral", "2021-08-03", "2021-06-14", "yes", "HD", "yes", "yes", "no", "yes", "41.2"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.8"),
    ("A10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.5"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "45.6"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.1"),
    ("A13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.1"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.1"),
    ("A15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.2"),
    ("A16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("A17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "25.3"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.9"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "23.6"),
    ("A20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.4"),
]
