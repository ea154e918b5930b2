"""Patient-level gold for annotations/probe205 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "chest:left", "2019-03-18", "2019-03-04", "yes", "HD", "no", "no", "no", "no", "22.4"),
    ("A02", "yes", "yes", "thermal", "thigh:bilateral", "2021-11-12", "2021-11-07", "yes", "HD", "yes", "yes", "no", "yes", "36.1"),
    ("A03", "yes", "yes", "pressure", "knee:left", "2021-01", "2020-12", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("A04", "yes", "yes", "procedure", "lower_leg:left", "2018-09-22", "2018-08-14", "yes", "HD", "yes", "no", "yes", "no", "28.3"),
    ("A05", "yes", "yes", "accidental", "thigh:left", "2023-01-22", "2023-01-01", "yes", "HD", "no", "no", "yes", "no", "23.9"),
    ("A06", "yes", "yes", "injection", "abdomen:right", "2020-03-02", "2019", "yes", "PD", "yes", "yes", "no", "yes", "42.1"),
    ("A07", "yes", "yes", "thermal", "foot:left", "2019-12-11", "2019-11-05", "no", "none", "no", "no", "yes", "no", "19.8"),
    ("A08", "yes", "yes", "pressure", "neck:left", "2024-06-09", "2024-05-27", "yes", "HD", "yes", "yes", "no", "yes", "29.8"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.1"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "31.2"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "25.1"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.9"),
    ("A13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "26.0"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "43.6"),
    ("A15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "35.2"),
    ("A16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "23.1"),
    ("A17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.0"),
    ("A19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "32.4"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "24.0"),
]
