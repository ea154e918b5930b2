"""Patient-level gold for annotations/probe215 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "abdomen:right", "2022-03-22", "2022-03-02", "yes", "HD", "yes", "no", "no", "yes", "32.6"),
    ("E02", "yes", "yes", "thermal", "flank:right", "2019-10", "2019-09-02", "yes", "PD", "no", "no", "yes", "no", "28.1"),
    ("E03", "yes", "yes", "pressure", "thigh:left", "2018-05", "2018-04-03", "yes", "HD", "yes", "yes", "no", "yes", "35.7"),
    ("E04", "yes", "yes", "procedure", "groin:right", "2020-07-04", "2020-06-11", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("E05", "yes", "yes", "accidental", "forearm:right", "2017-11-21", "2017-11-03", "yes", "HD", "yes", "no", "no", "no", "24.2"),
    ("E06", "yes", "yes", "injection", "upper_arm:left", "2021-10-31", "2021-10-02", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("E07", "yes", "yes", "injection", "thigh:bilateral", "2022", "2016", "no", "none", "yes", "yes", "no", "yes", "40.8"),
    ("E08", "yes", "yes", "accidental;thermal", "lower_leg:right", "2020-02-17", "2020-02-10", "yes", "HD", "no", "no", "yes", "no", "27.5"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("E10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "31.2"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.6"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.8"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", ""),
    ("E15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.6"),
    ("E16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "19.5"),
    ("E17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.0"),
    ("E18", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "33.8"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "25.0"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
]
