"""Patient-level gold for annotations/probe160 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "abdomen:left", "2019-10-14", "2019-09-04", "yes", "HD", "no", "no", "yes", "yes", "31.8"),
    ("A02", "yes", "yes", "thermal", "back:left", "2022-11-24", "2022-11-03", "yes", "HD", "yes", "yes", "no", "no", "28.1"),
    ("A03", "yes", "yes", "pressure", "hip:left", "2020-08-11", "2020-06", "yes", "PD", "yes", "no", "no", "yes", "37.9"),
    ("A04", "yes", "yes", "procedure", "breast:left", "2017-07", "2017-04-11", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("A05", "yes", "yes", "accidental", "lower_leg:right", "2023-01-20", "2023-01-02", "yes", "HD", "yes", "no", "no", "no", "25.4"),
    ("A06", "yes", "yes", "injection", "thigh:bilateral", "2024-09-02", "2024", "yes", "PD", "yes", "yes", "no", "yes", "41.2"),
    ("A07", "yes", "yes", "thermal", "abdomen:right", "2018-02-20", "2018-01", "yes", "HD", "no", "no", "yes", "yes", "34.6"),
    ("A08", "yes", "yes", "pressure", "buttock:left", "2025-09", "2025-08-14", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "37.6"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "45.8"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "29.4"),
    ("A13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.8"),
    ("A14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.5"),
    ("A15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.8"),
    ("A16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.2"),
    ("A17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", ""),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.0"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "33.9"),
]
