"""Patient-level gold for annotations/probe217 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "abdomen:left", "2023-02-02", "2023-01-18", "no", "none", "yes", "yes", "yes", "yes", "33.1"),
    ("A02", "yes", "yes", "thermal", "lower_leg:left", "2022-11-21", "2022-11-08", "yes", "HD", "no", "no", "no", "no", "24.6"),
    ("A03", "yes", "yes", "pressure", "flank:left", "2024-07", "2024-05", "yes", "PD", "yes", "no", "no", "yes", "35.8"),
    ("A04", "yes", "yes", "procedure", "chest:left", "2023-09-04", "2023-08-17", "no", "none", "no", "no", "yes", "no", "27.4"),
    ("A05", "yes", "yes", "accidental", "lower_leg:right", "2021-03-24", "2021-03-16", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("A06", "yes", "yes", "injection", "thigh:bilateral", "2022-04", "2022-03-03", "yes", "HD", "yes", "no", "no", "yes", "37.2"),
    ("A07", "yes", "yes", "procedure;thermal", "groin:right", "2024-07", "2024", "yes", "PD", "yes", "yes", "yes", "yes", "31.2"),
    ("A08", "yes", "yes", "procedure", "chest:left", "2023-07-04", "2023-02", "yes", "HD", "yes", "no", "yes", "no", "26.1"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "43.2"),
    ("A10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.4"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("A13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "26.8"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.8"),
    ("A15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.8"),
    ("A16", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "34.0"),
    ("A17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "22.5"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.6"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", ""),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.1"),
]
