"""Patient-level gold for annotations/probe265 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("P01", "yes", "yes", "injection", "upper_arm:left", "2020-02-10", "2019-09", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("P02", "yes", "yes", "injection", "buttock:right", "2018-07-19", "2018-06-04", "yes", "HD", "no", "no", "yes", "no", "21.4"),
    ("P03", "yes", "yes", "thermal", "lower_leg:left", "2021-04-26", "2021-03", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("P04", "yes", "yes", "injection;thermal", "knee:right", "2022-08-30", "2022-05", "yes", "PD", "yes", "no", "yes", "yes", "31.4"),
    ("P05", "yes", "yes", "pressure", "flank:left", "2018-12-25", "2018-08", "yes", "HD", "no", "no", "no", "yes", "38.7"),
    ("P06", "yes", "yes", "procedure", "abdomen:left", "2021-03-01", "2021-02-02", "yes", "PD", "no", "no", "no", "no", "24.0"),
    ("P07", "yes", "yes", "accidental", "lower_leg:right", "2023-12-12", "2023-11-14", "yes", "HD", "yes", "yes", "no", "no", "27.5"),
    ("P08", "yes", "yes", "pressure", "thigh:bilateral", "2021-01", "2020", "yes", "HD", "yes", "yes", "yes", "yes", "40.2"),
    ("P09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.8"),
    ("P10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.6"),
    ("P11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "34.9"),
    ("P12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", ""),
    ("P13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.3"),
    ("P14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("P15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22.5"),
    ("P16", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "27.6"),
    ("P17", "possible", "no", "", "", "", "", "yes", "none", "yes", "no", "no", "yes", "29.4"),
    ("P18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "20.8"),
    ("P19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "19.5"),
    ("P20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "32.4"),
]
