"""Patient-level gold for annotations/probe143 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "thigh:right", "2019-04-16", "2019-03-12", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("E02", "yes", "yes", "pressure", "flank:bilateral", "2022-11-24", "2022", "yes", "PD", "yes", "yes", "no", "yes", "37.6"),
    ("E03", "yes", "yes", "thermal", "back:unspecified", "2018-04", "2018-03", "yes", "HD", "no", "no", "no", "no", "29.6"),
    ("E04", "yes", "yes", "procedure", "abdomen:right", "2023-12-24", "2023-10-17", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("E05", "yes", "yes", "accidental", "lower_leg:left", "2017-08-15", "2017-08-05", "yes", "HD", "yes", "no", "yes", "no", "26.9"),
    ("E06", "yes", "yes", "injection", "upper_arm:right", "2020-12", "2020-10-06", "yes", "PD", "no", "no", "no", "no", "21.2"),
    ("E07", "yes", "yes", "thermal", "breast:left", "2024-08-31", "2024-05", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("E08", "yes", "yes", "procedure", "groin:bilateral", "2025-03-03", "2025-02-11", "yes", "PD", "yes", "yes", "no", "yes", "35.1"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "33.0"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.4"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "43.6"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.3"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.3"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.0"),
    ("E15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.2"),
    ("E16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "34.1"),
    ("E17", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "19.8"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.7"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.6"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.4"),
]
