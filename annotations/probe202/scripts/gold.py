"""Patient-level gold for annotations/probe202 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:right", "2022-09-09", "2022-07-18", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("D02", "yes", "yes", "thermal", "thigh:bilateral", "2023-01", "2022-11-24", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("D03", "yes", "yes", "pressure", "abdomen:unspecified", "2021-06-01", "2021-03", "yes", "HD", "yes", "yes", "no", "yes", "43.6"),
    ("D04", "yes", "yes", "procedure", "thigh:left", "2020-04", "2020-03-12", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("D05", "yes", "yes", "accidental", "lower_leg:right", "2023-05-05", "2023-04-17", "yes", "HD", "no", "no", "yes", "no", "25.1"),
    ("D06", "yes", "yes", "injection", "upper_arm:left", "2024-01", "2023", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("D07", "yes", "yes", "thermal", "knee:right", "2019-07-04", "2019-06", "yes", "HD", "yes", "no", "yes", "yes", "34.8"),
    ("D08", "yes", "yes", "pressure", "forearm:right", "2024-02", "2023-12-25", "yes", "HD", "yes", "yes", "no", "yes", "31.3"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.2"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.1"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("D12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.5"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "32.3"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "40.6"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("D16", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "no", "no", "22.4"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "29.4"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.7"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "38.2"),
    ("D20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.0"),
]
