"""Patient-level gold for annotations/probe (guidelines v1.2, sections 4 and 7).
interval_days is computed by build.py from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("P01", "yes", "yes", "injection", "abdomen:left", "2019-05-09", "2017-06", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("P02", "yes", "yes", "thermal", "back:left", "2021", "2020-10", "yes", "PD", "yes", "no", "yes", "yes", "31.7"),
    ("P03", "yes", "yes", "pressure", "lower_leg:bilateral", "2022-05-18", "2022-03", "yes", "HD", "no", "no", "no", "no", "27.8"),
    ("P04", "yes", "yes", "procedure", "knee:right", "2018-11", "2018-09-04", "yes", "HD", "yes", "yes", "no", "yes", "38.9"),
    ("P05", "yes", "yes", "accidental", "lower_leg:left", "", "", "yes", "HD", "no", "no", "yes", "no", ""),
    ("P06", "yes", "yes", "injection", "thigh:bilateral", "2020-08", "2020-07-28", "yes", "HD", "no", "no", "no", "yes", "33.0"),
    ("P07", "yes", "yes", "thermal", "ankle:right", "2023-01-31", "2023-01", "yes", "HD", "yes", "yes", "no", "no", "29.1"),
    ("P08", "yes", "yes", "injection", "buttock:right", "2019-03-23", "2017", "no", "none", "yes", "no", "yes", "yes", "41.3"),
    ("P09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.4"),
    ("P10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "44"),
    ("P11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("P12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "24.0"),
    ("P13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "35.7"),
    ("P14", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.0"),
    ("P15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "28.3"),
    ("P16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.0"),
    ("P17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", ""),
    ("P18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.1"),
    ("P19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "19.8"),
    ("P20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
]
