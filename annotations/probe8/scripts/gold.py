"""Patient-level gold for annotations/probe8 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:bilateral", "2016-03-13", "2016-03-02", "yes", "HD", "no", "no", "yes", "yes", "31.4"),
    ("D02", "yes", "yes", "procedure", "lower_leg:left", "2018-07-19", "2018-06-11", "yes", "PD", "yes", "yes", "no", "no", "28.7"),
    ("D03", "yes", "yes", "thermal", "flank:right", "2021-02-03", "2020-11", "yes", "HD", "no", "no", "no", "no", "26.1"),
    ("D04", "yes", "yes", "pressure", "thigh:bilateral", "2019-04", "2019-01", "yes", "HD", "yes", "yes", "no", "yes", "30.9"),
    ("D05", "yes", "yes", "accidental", "lower_leg:right", "2022-10-01", "2022-09-18", "yes", "HD", "yes", "no", "yes", "yes", "34.0"),
    ("D06", "yes", "yes", "injection", "thigh:left", "2021-03", "2020-08", "yes", "PD", "no", "no", "no", "yes", "30.6"),
    ("D07", "yes", "yes", "procedure", "abdomen:left", "2017-06-12", "2017-04", "yes", "HD", "yes", "no", "no", "no", ""),
    ("D08", "yes", "yes", "accidental;injection", "thigh:left", "2024-01-24", "2024-01-05", "yes", "HD", "no", "no", "no", "no", "27.2"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "24.3"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.9"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.8"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.5"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.8"),
    ("D15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "38"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", ""),
    ("D17", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31"),
    ("D18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.5"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "21.9"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "19.6"),
]
