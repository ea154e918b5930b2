"""Patient-level gold for annotations/probe191 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection;pressure", "upper_arm:right", "2023-03-19", "2023-03-02", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("E02", "yes", "yes", "thermal", "back:left", "2019-10-28", "2019-09", "yes", "PD", "no", "no", "yes", "yes", "30.0"),
    ("E03", "yes", "yes", "pressure", "lower_leg:bilateral", "2024-01-14", "2024-01-06", "yes", "HD", "yes", "no", "no", "no", "27.5"),
    ("E04", "yes", "yes", "procedure", "forearm:right", "2019-08-24", "2019-08-14", "yes", "HD", "yes", "yes", "yes", "no", "26.2"),
    ("E05", "yes", "yes", "accidental", "thigh:left", "2021-01", "2020-12-31", "no", "none", "no", "no", "yes", "yes", "35.9"),
    ("E06", "yes", "yes", "injection", "thigh:left", "2022-02-16", "2021", "yes", "PD", "yes", "no", "no", "yes", "31.8"),
    ("E07", "yes", "yes", "pressure", "abdomen:right", "2025-07-25", "2025-05", "yes", "HD", "yes", "yes", "yes", "yes", "42.3"),
    ("E08", "yes", "yes", "thermal", "knee:right", "2018-12-08", "2018-11-22", "yes", "HD", "no", "no", "yes", "no", "24.9"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.8"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "37.9"),
    ("E12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "45.1"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.4"),
    ("E15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.6"),
    ("E16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "no", "29.0"),
    ("E17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.3"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.5"),
    ("E19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", ""),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "27.0"),
]
