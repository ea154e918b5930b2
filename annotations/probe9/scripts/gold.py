"""Patient-level gold for annotations/probe9 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "abdomen:unspecified", "2016-02-11", "2016-02-03", "yes", "HD", "yes", "yes", "no", "yes", "34.8"),
    ("E02", "yes", "yes", "thermal", "knee:right", "2018-02-13", "2017-12", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("E03", "yes", "yes", "procedure", "abdomen:unspecified", "2020-10-05", "2020-09-14", "yes", "HD", "yes", "yes", "no", "yes", "41.2"),
    ("E04", "yes", "yes", "pressure", "flank:left", "2021-04-27", "2019", "yes", "HD", "yes", "no", "no", "yes", "38.5"),
    ("E05", "yes", "yes", "accidental", "lower_leg:right", "2019-01-15", "2019-01-06", "yes", "HD", "no", "no", "yes", "no", "23.9"),
    ("E06", "yes", "yes", "injection", "upper_arm:left", "2023-10-23", "2023-10-10", "yes", "HD", "yes", "yes", "no", "no", "28.6"),
    ("E07", "yes", "yes", "pressure", "thigh:bilateral", "2022-02-13", "2020", "yes", "PD", "no", "no", "no", "yes", "31.5"),
    ("E08", "yes", "yes", "thermal", "back:right", "2024-01-04", "2023-11", "yes", "HD", "yes", "yes", "no", "no", "22.4"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.1"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "35.0"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "24.7"),
    ("E12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "45.3"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "37.9"),
    ("E14", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.8"),
    ("E15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "30.6"),
    ("E16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "26.1"),
    ("E17", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "26.0"),
    ("E18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "32.2"),
    ("E19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "36.0"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.0"),
]
