"""Patient-level gold for annotations/probe184 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "lower_leg:right", "2022-04-29", "2022-04-12", "yes", "PD", "yes", "yes", "no", "yes", "31.0"),
    ("D02", "yes", "yes", "thermal", "abdomen:left", "2021-04", "2021-03-09", "yes", "HD", "yes", "no", "no", "yes", "36.2"),
    ("D03", "yes", "yes", "pressure", "lower_leg:left", "2019-09-02", "2019-08-20", "yes", "HD", "no", "no", "yes", "no", "28.6"),
    ("D04", "yes", "yes", "procedure", "thigh:right", "2020-10-31", "2020-10-05", "yes", "HD", "yes", "yes", "yes", "yes", "33.0"),
    ("D05", "yes", "yes", "accidental", "forearm:right", "2023-02-09", "2023-01-17", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("D06", "yes", "yes", "injection", "abdomen:right", "2024-06-13", "2024-06-01", "no", "none", "yes", "no", "yes", "yes", "38.4"),
    ("D07", "yes", "yes", "thermal", "thigh:right", "2018", "2018-07-24", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("D08", "yes", "yes", "procedure", "thigh:left", "2019-08", "2019-06", "yes", "PD", "yes", "yes", "no", "no", "26.1"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.8"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "40.8"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "45.0"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.5"),
    ("D13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "no", "27.7"),
    ("D14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.5"),
    ("D15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "32.0"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.4"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "27.5"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.1"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "25.3"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "29.4"),
]
