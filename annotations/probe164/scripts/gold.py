"""Patient-level gold for annotations/probe164 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "thigh:left", "2017-05-30", "2017-03-02", "yes", "HD", "no", "no", "no", "no", "16.6"),
    ("E02", "yes", "yes", "thermal", "abdomen:unspecified", "2020-01-01", "2019-11", "yes", "HD", "no", "no", "no", "yes", "31.0"),
    ("E03", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-09-04", "2023-08-14", "yes", "PD", "no", "no", "no", "no", "20.5"),
    ("E04", "yes", "yes", "procedure", "abdomen:left", "2022-02-25", "2022-02-03", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("E05", "yes", "yes", "accidental", "lower_leg:right", "2019-06-24", "2019-05-27", "yes", "HD", "no", "no", "no", "no", "19.2"),
    ("E06", "yes", "yes", "injection", "buttock:right", "2020-10", "2020-09-08", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("E07", "yes", "yes", "thermal", "hip:right", "2024-11-26", "2024", "yes", "HD", "yes", "yes", "no", "yes", "36.8"),
    ("E08", "yes", "yes", "pressure", "chest:left", "2018-04-20", "2018-03", "yes", "HD", "no", "no", "yes", "no", "29.4"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.2"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.8"),
    ("E11", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "22.0"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "38.5"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.1"),
    ("E14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "40.8"),
    ("E15", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "21.5"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.3"),
    ("E17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.0"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "19.8"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "29.1"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28"),
]
