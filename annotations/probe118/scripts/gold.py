"""Patient-level gold for annotations/probe118 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "abdomen:unspecified", "2019-04-02", "2019-01", "yes", "HD", "yes", "yes", "no", "yes", "34.2"),
    ("B02", "yes", "yes", "thermal", "back:bilateral", "2020-12-22", "2020-11-26", "yes", "PD", "no", "no", "yes", "no", "28.4"),
    ("B03", "yes", "yes", "pressure", "thigh:right", "2022-04", "2022-03-14", "yes", "HD", "yes", "no", "no", "yes", "39.8"),
    ("B04", "yes", "yes", "procedure", "groin:right", "2023-09-29", "2023-08-09", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("B05", "yes", "yes", "accidental", "lower_leg:left", "2024-06", "2024-05-27", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("B06", "yes", "yes", "injection", "upper_arm:bilateral", "2025-02-19", "2025-02-03", "yes", "HD", "no", "no", "yes", "no", "22.7"),
    ("B07", "yes", "yes", "thermal", "lower_leg:right", "2019-09", "2019", "yes", "PD", "yes", "no", "no", "yes", "31.6"),
    ("B08", "yes", "yes", "accidental;pressure", "breast:left", "2026-01-10", "2025-12-25", "yes", "HD", "yes", "yes", "no", "yes", "36.5"),
    ("B09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "26.8"),
    ("B10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("B12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "29.9"),
    ("B13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.4"),
    ("B14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.0"),
    ("B15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.2"),
    ("B16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.1"),
    ("B17", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "28.8"),
    ("B18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.5"),
    ("B19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "35.1"),
    ("B20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.1"),
]
