"""Patient-level gold for annotations/probe166 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "hip:right", "2019-03-19", "2019-03-07", "yes", "HD", "yes", "yes", "no", "yes", "31.1"),
    ("A02", "yes", "yes", "thermal", "lower_leg:bilateral", "2020-09", "2020-08-04", "yes", "HD", "no", "no", "yes", "no", "24.6"),
    ("A03", "yes", "yes", "pressure", "flank:left", "2022-03-22", "2022-01", "yes", "PD", "yes", "no", "no", "yes", "35.8"),
    ("A04", "yes", "yes", "procedure", "shoulder:right", "2017-11-23", "2017-10-03", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("A05", "yes", "yes", "accidental", "thigh:left", "2023-06-21", "2023-06-12", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
    ("A06", "yes", "yes", "injection", "buttock:left", "2024-06-19", "2024-05-27", "yes", "PD", "no", "no", "no", "yes", "33.8"),
    ("A07", "yes", "yes", "thermal", "foot:right", "2022-01-20", "2021-12-25", "no", "none", "no", "no", "yes", "no", "27.1"),
    ("A08", "yes", "yes", "pressure", "forearm:right", "2024-11", "2024", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.5"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "25.6"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "42.3"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.6"),
    ("A13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "23.9"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "35.1"),
    ("A15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.7"),
    ("A16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "31.9"),
    ("A17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "22.4"),
    ("A18", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.6"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "28.2"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.2"),
]
