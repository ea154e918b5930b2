"""Patient-level gold for annotations/probe117 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "abdomen:left", "2021-01-20", "2020-06", "yes", "PD", "yes", "yes", "no", "yes", "31.2"),
    ("A02", "yes", "yes", "thermal", "thigh:bilateral", "2023-01", "2022", "yes", "HD", "no", "no", "yes", "no", "27.4"),
    ("A03", "yes", "yes", "pressure", "flank:right", "2024-05-06", "2024-04-02", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("A04", "yes", "yes", "procedure", "groin:left", "2019-10", "2019-08-21", "yes", "PD", "no", "no", "yes", "no", "26.1"),
    ("A05", "yes", "yes", "accidental", "lower_leg:unspecified", "2026-01-09", "2025-12-26", "yes", "HD", "yes", "yes", "no", "yes", "33.5"),
    ("A06", "yes", "yes", "injection", "upper_arm:bilateral", "2023-03", "2022-09-14", "yes", "PD", "no", "no", "no", "no", "23.8"),
    ("A07", "yes", "yes", "thermal", "knee:left", "2020-09-10", "2020-08-03", "yes", "HD", "yes", "no", "yes", "no", "29.9"),
    ("A08", "yes", "yes", "injection;pressure", "abdomen:right", "2022-06-06", "2021-04", "yes", "PD", "yes", "yes", "no", "yes", "35.8"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "22.3"),
    ("A11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "41.0"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "30.1"),
    ("A13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "28.5"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    ("A15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.6"),
    ("A16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.5"),
    ("A17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "27.2"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.5"),
    ("A19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "23.0"),
    ("A20", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "26.4"),
]
