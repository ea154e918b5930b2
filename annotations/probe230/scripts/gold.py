"""Patient-level gold for annotations/probe230 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("H01", "yes", "yes", "injection", "abdomen:left", "2023-09-21", "2018-03", "yes", "HD", "yes", "yes", "no", "yes", "35.9"),
    ("H02", "yes", "yes", "procedure", "forearm:right", "2022-07-04", "2022-06-08", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("H03", "yes", "yes", "thermal", "buttock:bilateral", "2020-02-14", "2019-11-28", "yes", "PD", "yes", "no", "no", "yes", "31.9"),
    ("H04", "yes", "yes", "pressure", "lower_leg:right", "2021-03-15", "2021-03-02", "yes", "HD", "yes", "no", "no", "yes", "38.2"),
    ("H05", "yes", "yes", "accidental", "hip:right", "2018-10-16", "2018-09-03", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("H06", "yes", "yes", "injection", "upper_arm:left", "2019-05-27", "2019-05-14", "yes", "HD", "yes", "yes", "no", "no", "29.1"),
    ("H07", "yes", "yes", "injection;thermal", "thigh:left", "2022-03-10", "2022-02-14", "yes", "PD", "no", "no", "no", "yes", "33.5"),
    ("H08", "yes", "yes", "pressure", "breast:left", "2017-04", "", "yes", "HD", "yes", "yes", "yes", "yes", "40.2"),
    ("H09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("H10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "36.8"),
    ("H11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.1"),
    ("H12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", ""),
    ("H13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.0"),
    ("H14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.5"),
    ("H15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "35.1"),
    ("H16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.3"),
    ("H17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "21.9"),
    ("H18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.2"),
    ("H19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "26.8"),
    ("H20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "23.4"),
]
