"""Patient-level gold for annotations/probe208 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "upper_arm:left", "2022-10-28", "2022-10-14", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("D02", "yes", "yes", "injection", "buttock:right", "2019-03-17", "2019-03-02", "yes", "HD", "no", "no", "yes", "no", "28.0"),
    ("D03", "yes", "yes", "thermal", "thigh:bilateral", "2024-01-01", "2023-11", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("D04", "yes", "yes", "pressure", "flank:left", "2021-07-27", "2021-04", "no", "none", "no", "no", "yes", "yes", "36.8"),
    ("D05", "yes", "yes", "pressure", "thigh:right", "2021-01", "2020-11-11", "yes", "HD", "yes", "yes", "yes", "no", "26.9"),
    ("D06", "yes", "yes", "procedure", "back:right", "2018-06-20", "2018-05-07", "yes", "HD", "no", "no", "no", "yes", "36.5"),
    ("D07", "yes", "yes", "accidental", "lower_leg:left", "2017-06-09", "2017-05-29", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("D08", "yes", "yes", "procedure", "abdomen:left", "2019-12-25", "2019", "yes", "HD", "yes", "no", "no", "yes", "41.6"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("D10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "29.5"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "34.8"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "39.6"),
    ("D13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "31.7"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "35.2"),
    ("D15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.0"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.6"),
    ("D17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "24.2"),
    ("D18", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "25.1"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
    ("D20", "no", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "no", "28.8"),
]
