"""Patient-level gold for annotations/probe220 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "buttock:right", "2022-02-15", "2022-02-03", "yes", "HD", "yes", "yes", "no", "yes", "31.4"),
    ("D02", "yes", "yes", "thermal", "thigh:left", "2023-07", "2023-06", "yes", "PD", "no", "no", "yes", "no", "26.8"),
    ("D03", "yes", "yes", "pressure", "flank:bilateral", "2021-09", "2021", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("D04", "yes", "yes", "procedure", "lower_leg:left", "2019-06", "2019-04-14", "yes", "HD", "yes", "no", "no", "yes", "33.1"),
    ("D05", "yes", "yes", "accidental", "lower_leg:right", "2024-03-12", "2024-03-03", "yes", "HD", "no", "no", "no", "no", "24.3"),
    ("D06", "yes", "yes", "injection", "thigh:bilateral", "2023-03", "2017", "yes", "PD", "yes", "yes", "no", "no", "22.1"),
    ("D07", "yes", "yes", "thermal", "knee:left", "2024-01", "2023-12-31", "yes", "HD", "yes", "no", "yes", "no", "28.7"),
    ("D08", "yes", "yes", "pressure", "foot:right", "2023-11-02", "", "yes", "HD", "no", "no", "no", "no", "19.6"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "35.0"),
    ("D10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "29.9"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "40.6"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.1"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "36.1"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.8"),
    ("D16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "23.4"),
    ("D17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.8"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.4"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", ""),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.1"),
]
