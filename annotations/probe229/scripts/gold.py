"""Patient-level gold for annotations/probe229 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("G01", "yes", "yes", "injection", "thigh:right", "2023-05-19", "2023-01", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("G02", "yes", "yes", "thermal", "lower_leg:right", "2024-10-05", "2024-09-02", "yes", "HD", "no", "no", "yes", "no", "24.6"),
    ("G03", "yes", "yes", "pressure", "abdomen:left", "2022-03-17", "2022-02", "yes", "HD", "yes", "no", "yes", "yes", "45.7"),
    ("G04", "yes", "yes", "procedure", "forearm:left", "2021-11-20", "2021-11-03", "yes", "PD", "no", "no", "no", "no", "22.9"),
    ("G05", "yes", "yes", "accidental", "lower_leg:left", "2020-08-06", "2020-07-14", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("G06", "yes", "yes", "injection", "upper_arm:left", "2019-10-31", "2019-10-16", "yes", "HD", "yes", "no", "yes", "no", "26.1"),
    ("G07", "yes", "yes", "thermal", "back:left", "2021-01", "2020-11-26", "yes", "PD", "yes", "yes", "no", "no", "28.4"),
    ("G08", "yes", "yes", "injection;pressure", "thigh:bilateral", "2020-12-24", "2018-06", "yes", "HD", "yes", "yes", "no", "yes", "35.4"),
    ("G09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.9"),
    ("G10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", ""),
    ("G11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "51.7"),
    ("G12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.2"),
    ("G13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "31.5"),
    ("G14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.7"),
    ("G15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.0"),
    ("G16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.3"),
    ("G17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", ""),
    ("G18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "32.2"),
    ("G19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "23.0"),
    ("G20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
]
