"""Patient-level gold for annotations/probe73 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "thigh:right", "2018-10-30", "2018-09-03", "yes", "HD", "yes", "yes", "no", "yes", "33.4"),
    ("A02", "yes", "yes", "thermal", "foot:left", "2022-12-19", "2022-11-24", "yes", "HD", "yes", "no", "yes", "no", "26.1"),
    ("A03", "yes", "yes", "pressure", "lower_leg:right", "2020-08-18", "2020-08-04", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("A04", "yes", "yes", "procedure", "foot:left", "2021-04", "2021-03-09", "yes", "none", "yes", "no", "yes", "no", "28.4"),
    ("A05", "yes", "yes", "accidental", "ankle:right", "2021-01-09", "2020-12-31", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("A06", "yes", "yes", "injection", "abdomen:bilateral", "2019-07-24", "2019-07-02", "yes", "HD", "yes", "yes", "no", "yes", "41.7"),
    ("A07", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-04", "2023-02", "yes", "HD", "yes", "no", "no", "yes", "29.6"),
    ("A08", "yes", "yes", "thermal", "knee:right", "2025-03-01", "2025-01", "yes", "HD", "no", "no", "yes", "yes", "35.0"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
    ("A10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "36.8"),
    ("A11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "44"),
    ("A13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.2"),
    ("A14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "32.5"),
    ("A15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "22.3"),
    ("A16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("A17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "37.6"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.5"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.1"),
    ("A20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "28.0"),
]
