"""Patient-level gold for annotations/probe77 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "abdomen:left", "2019-04-11", "2019-01", "yes", "HD", "yes", "yes", "no", "yes", "33.5"),
    ("E02", "yes", "yes", "thermal", "knee:right", "2021-01-28", "2020-12-25", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("E03", "yes", "yes", "pressure", "lower_leg:bilateral", "2022-08-02", "2022-06", "yes", "HD", "no", "no", "no", "yes", "31.0"),
    ("E04", "yes", "yes", "procedure", "back:right", "2023-10", "2023-09-12", "yes", "HD", "yes", "no", "yes", "no", "29.4"),
    ("E05", "yes", "yes", "accidental", "hip:right", "2024-07-19", "2024-07-04", "yes", "HD", "yes", "yes", "yes", "yes", "35.8"),
    ("E06", "yes", "yes", "injection", "thigh:left", "2020-10-31", "2020-10-09", "yes", "HD", "no", "no", "yes", "no", "26.3"),
    ("E07", "yes", "yes", "thermal", "flank:left", "2025-02", "2025-01-01", "yes", "HD", "yes", "yes", "no", "yes", "41.3"),
    ("E08", "yes", "yes", "accidental", "lower_leg:right", "2022-05-01", "2022-04-17", "yes", "none", "no", "no", "yes", "no", "22.4"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("E10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "28.5"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "33.0"),
    ("E12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "29.0"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.0"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "36.9"),
    ("E15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.7"),
    ("E16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "25.1"),
    ("E17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.8"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.5"),
    ("E19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "24.1"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.8"),
]
