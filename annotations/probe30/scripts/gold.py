"""Patient-level gold for annotations/probe30 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "upper_arm:right", "2023-01-26", "2022-11-24", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("E02", "yes", "yes", "procedure", "groin:right", "2020-08", "2020-06-09", "yes", "HD", "yes", "no", "yes", "no", "28.4"),
    ("E03", "yes", "yes", "thermal", "flank:right", "2018-12-27", "2018-10", "yes", "PD", "no", "no", "yes", "yes", "35.1"),
    ("E04", "yes", "yes", "pressure", "hip:left", "2024-03-18", "2024-01", "yes", "HD", "yes", "yes", "no", "no", "24.1"),
    ("E05", "yes", "yes", "accidental", "knee:right", "2021-01-12", "2020-12-31", "yes", "none", "yes", "yes", "no", "yes", "30.0"),
    ("E06", "yes", "yes", "injection", "thigh:left", "2019-08-27", "2019-08-05", "no", "none", "yes", "yes", "yes", "yes", "41.3"),
    ("E07", "yes", "yes", "injection", "buttock:right", "2022-07-04", "2022-04-12", "yes", "PD", "yes", "yes", "no", "no", "26.1"),
    ("E08", "yes", "yes", "thermal", "lower_leg:bilateral", "2025-02", "2024", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.2"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "29.5"),
    ("E11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.0"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "43.9"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "34.8"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "39.1"),
    ("E15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22.8"),
    ("E16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34"),
    ("E17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", ""),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.9"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", ""),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.6"),
]
