"""Patient-level gold for annotations/probe155 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "buttock:right", "2019-03-17", "2019-03-05", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("E02", "yes", "yes", "injection", "abdomen:bilateral", "2020-09", "2020-08", "no", "none", "no", "no", "yes", "yes", "29.8"),
    ("E03", "yes", "yes", "thermal", "head:right", "2022-05-31", "2022-05-10", "yes", "HD", "no", "no", "no", "no", "24.5"),
    ("E04", "yes", "yes", "thermal", "thigh:left", "2023-09", "2023", "yes", "PD", "yes", "yes", "no", "yes", "35.9"),
    ("E05", "yes", "yes", "pressure", "upper_arm:right", "2017-09-20", "2017-09-12", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("E06", "yes", "yes", "procedure", "neck:right", "2018-12-24", "2018-11-23", "yes", "HD", "yes", "no", "no", "no", "27.4"),
    ("E07", "yes", "yes", "procedure", "forearm:right", "2021-06", "2021-06-08", "yes", "PD", "no", "no", "yes", "yes", "31.7"),
    ("E08", "yes", "yes", "accidental", "lower_leg:left", "2024-02-24", "2024-02-13", "yes", "HD", "yes", "yes", "yes", "no", "22.1"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.9"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "33.8"),
    ("E11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "40.7"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "33.5"),
    ("E13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.1"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "43.1"),
    ("E15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "30.8"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "21.5"),
    ("E17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "26.0"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.7"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.4"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.0"),
]
