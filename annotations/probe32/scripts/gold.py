"""Patient-level gold for annotations/probe32 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("P01", "yes", "yes", "injection", "abdomen:left", "2020-01-28", "2019-11-28", "yes", "HD", "yes", "yes", "no", "yes", "34.2"),
    ("P02", "yes", "yes", "thermal", "buttock:right", "2021-03", "2021-01", "yes", "PD", "no", "no", "yes", "no", "27.3"),
    ("P03", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-07", "2023-05-29", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("P04", "yes", "yes", "procedure", "upper_arm:right", "2024-09", "2024-08-06", "no", "none", "no", "no", "yes", "yes", "37.5"),
    ("P05", "yes", "yes", "accidental", "thigh:left", "2022-07-19", "2022-07-04", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("P06", "yes", "yes", "injection", "upper_arm:left", "2019-04-02", "2018-10-16", "yes", "PD", "yes", "no", "no", "yes", "29.7"),
    ("P07", "yes", "yes", "thermal", "knee:bilateral", "2020-02-25", "2019-12-25", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("P08", "yes", "yes", "injection;pressure", "abdomen:right", "2023-08", "2022-03", "yes", "HD", "yes", "yes", "no", "yes", "41.3"),
    ("P09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("P10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("P11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.6"),
    ("P12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "44.0"),
    ("P13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.6"),
    ("P14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.8"),
    ("P15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.9"),
    ("P16", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "25.5"),
    ("P17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("P18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.9"),
    ("P19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "33.0"),
    ("P20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "26.7"),
]
