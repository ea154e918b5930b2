"""Patient-level gold for annotations/probe121 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "abdomen:left", "2019-01-28", "2017-08", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("E02", "yes", "yes", "thermal", "buttock:left", "2020-11-26", "2020", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("E03", "yes", "yes", "pressure", "flank:bilateral", "2021-12", "2021-10", "yes", "PD", "yes", "no", "no", "yes", "33.6"),
    ("E04", "yes", "yes", "procedure", "breast:left", "2022-09", "2022-06-14", "yes", "PD", "no", "no", "yes", "no", "29.9"),
    ("E05", "yes", "yes", "accidental", "knee:right", "2024-01-06", "2023-12-27", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("E06", "yes", "yes", "injection", "upper_arm:bilateral", "2025-01-20", "2024-06", "yes", "HD", "yes", "yes", "yes", "no", "28.4"),
    ("E07", "yes", "yes", "thermal", "lower_leg:right", "2021-06-04", "2021-04-04", "yes", "HD", "no", "no", "no", "yes", "32"),
    ("E08", "yes", "yes", "injection;pressure", "abdomen:unspecified", "2023-12-31", "2016-03", "yes", "HD", "yes", "yes", "no", "yes", "37.9"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "40.7"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.8"),
    ("E11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "44.6"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.4"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "24.1"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "22.6"),
    ("E15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.2"),
    ("E16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.5"),
    ("E17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "35.8"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.2"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "29.8"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
]
