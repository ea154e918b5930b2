"""Patient-level gold for annotations/probe179 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "thigh:right", "2019-04-02", "2019-03-12", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("E02", "yes", "yes", "thermal", "lower_leg:right", "2022-08", "2022", "yes", "PD", "yes", "no", "yes", "no", "29.9"),
    ("E03", "yes", "yes", "thermal", "flank:left", "2020-05-19", "2020-04", "yes", "HD", "no", "no", "no", "yes", "32.8"),
    ("E04", "yes", "yes", "pressure", "ankle:bilateral", "2024-01-01", "2023-10", "yes", "HD", "yes", "yes", "no", "yes", "37.4"),
    ("E05", "yes", "yes", "procedure", "shoulder:right", "2021-07-04", "2021-06-03", "no", "none", "no", "no", "yes", "yes", "41.2"),
    ("E06", "yes", "yes", "accidental", "buttock:left", "2017-02-20", "2017-02-06", "yes", "HD", "yes", "no", "yes", "no", "26.1"),
    ("E07", "yes", "yes", "injection", "upper_arm:left", "2017-05-29", "2016-03", "yes", "PD", "yes", "yes", "no", "yes", "35.3"),
    ("E08", "yes", "yes", "pressure", "hip:right", "2018-09-22", "2018-08-14", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.4"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "45.1"),
    ("E12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "28.4"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "34.0"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.8"),
    ("E15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.8"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.4"),
    ("E17", "possible", "no", "", "", "", "", "yes", "none", "yes", "no", "no", "no", "28.0"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.0"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.2"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.7"),
]
