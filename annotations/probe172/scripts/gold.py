"""Patient-level gold for annotations/probe172 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "thigh:right", "2018-05-01", "2018-02-27", "yes", "PD", "no", "no", "yes", "yes", "31.2"),
    ("D02", "yes", "yes", "pressure", "flank:bilateral", "2023-01", "2022", "yes", "HD", "yes", "yes", "no", "yes", "43.9"),
    ("D03", "yes", "yes", "thermal", "shoulder:right", "2020-01-28", "2019-12-25", "yes", "HD", "no", "no", "yes", "no", "27.4"),
    ("D04", "yes", "yes", "procedure", "thigh:left", "2021-08", "2021-07-13", "yes", "HD", "yes", "yes", "no", "no", "28.6"),
    ("D05", "yes", "yes", "accidental", "buttock:left", "2017-01-24", "2017-01-08", "yes", "HD", "no", "no", "no", "yes", "40.6"),
    ("D06", "yes", "yes", "injection", "abdomen:unspecified", "2024-11", "2024-09", "yes", "HD", "yes", "no", "no", "yes", "36.4"),
    ("D07", "yes", "yes", "pressure;procedure", "lower_leg:left", "2019-11-28", "2019-06-11", "yes", "HD", "yes", "yes", "yes", "no", "26.1"),
    ("D08", "yes", "yes", "injection", "upper_arm:bilateral", "2016-09-05", "2015", "yes", "HD", "yes", "yes", "no", "yes", "34.9"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.3"),
    ("D10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "39.2"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.3"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.4"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.3"),
    ("D15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "33.0"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "25.5"),
    ("D17", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "23.0"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "31.0"),
    ("D20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "27.5"),
]
