"""Patient-level gold for annotations/probe10 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("G01", "yes", "yes", "injection", "thigh:right", "2016-02-03", "2014-08", "yes", "HD", "yes", "yes", "no", "yes", "34.8"),
    ("G02", "yes", "yes", "thermal", "knee:right", "2018-11-01", "2018-09-24", "yes", "PD", "no", "no", "yes", "no", "29.4"),
    ("G03", "yes", "yes", "pressure", "hip:right", "2020-05-20", "2019-12", "yes", "HD", "yes", "no", "no", "no", "27.1"),
    ("G04", "yes", "yes", "procedure", "abdomen:right", "2021-04-20", "2021-03-02", "yes", "HD", "no", "no", "yes", "yes", "31.5"),
    ("G05", "yes", "yes", "accidental", "lower_leg:left", "2023-01-06", "2023-01-01", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("G06", "yes", "yes", "injection", "upper_arm:bilateral", "2017-04-24", "2017-04-03", "yes", "HD", "no", "no", "no", "no", "24.3"),
    ("G07", "yes", "yes", "injection;pressure", "abdomen:unspecified", "2022-08", "2018", "yes", "HD", "yes", "yes", "no", "yes", "41.2"),
    ("G08", "yes", "yes", "thermal", "back:bilateral", "2022-01", "2021-11", "yes", "HD", "yes", "no", "yes", "no", "22.0"),
    ("G09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("G10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("G11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.2"),
    ("G12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.6"),
    ("G13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("G14", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "39.2"),
    ("G15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
    ("G16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.1"),
    ("G17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.5"),
    ("G18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "31.0"),
    ("G19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.5"),
    ("G20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "18.9"),
]
