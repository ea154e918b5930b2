"""Patient-level gold for annotations/probe57 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:left", "2019-07-24", "2019-06-03", "yes", "HD", "no", "no", "no", "yes", "33.6"),
    ("D02", "yes", "yes", "procedure", "abdomen:left", "2021-01", "2020-11-02", "yes", "PD", "yes", "no", "no", "yes", "30.4"),
    ("D03", "yes", "yes", "pressure", "lower_leg:bilateral", "2022-07", "2022-05-30", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("D04", "yes", "yes", "thermal", "thigh:right", "2024-02", "2023-12-25", "yes", "HD", "yes", "yes", "no", "no", "29.6"),
    ("D05", "yes", "yes", "accidental", "lower_leg:left", "2021-03-30", "2021-03-09", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("D06", "yes", "yes", "injection", "upper_arm:right", "2020-12", "2020", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("D07", "yes", "yes", "procedure", "chest:right", "2023-09-04", "2023-08-21", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("D08", "yes", "yes", "accidental;injection", "thigh:left", "2019-09-20", "2019-04-22", "yes", "PD", "yes", "no", "no", "yes", ""),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.9"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "41.3"),
    ("D12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "31.0"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "44.7"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "25.5"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
    ("D19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("D20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.5"),
]
