"""Patient-level gold for annotations/probe58 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "abdomen:left", "2019-07-29", "2018-11", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("E02", "yes", "yes", "thermal", "buttock:right", "2021-02-17", "2021-01", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("E03", "yes", "yes", "pressure", "lower_leg:left", "2022-10", "2022-09-06", "yes", "HD", "yes", "no", "no", "yes", "29.6"),
    ("E04", "yes", "yes", "procedure", "upper_arm:right", "2021-02-24", "2021-02-03", "yes", "HD", "yes", "yes", "no", "no", "26.1"),
    ("E05", "yes", "yes", "accidental", "forearm:left", "2023-12", "2023-11-23", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("E06", "yes", "yes", "injection", "thigh:bilateral", "2024-12-24", "2024-12-16", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("E07", "yes", "yes", "thermal", "knee:right", "2018-05", "2018-04-02", "yes", "HD", "no", "no", "no", "yes", "35.2"),
    ("E08", "yes", "yes", "procedure", "groin:left", "2020-08-25", "2020-07-08", "yes", "HD", "yes", "no", "yes", "no", "28.8"),
    ("E09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.0"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.0"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.1"),
    ("E12", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "31.5"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "38.9"),
    ("E14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "25.5"),
    ("E15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("E16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27"),
    ("E17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.0"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.7"),
    ("E20", "no", "no", "", "", "", "", "yes", "none", "no", "no", "no", "yes", "30.0"),
]
