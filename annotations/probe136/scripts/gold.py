"""Patient-level gold for annotations/probe136 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Y01", "yes", "yes", "injection", "upper_arm:bilateral", "2019-03-27", "2019-03-12", "yes", "HD", "yes", "yes", "no", "yes", "39.4"),
    ("Y02", "yes", "yes", "pressure", "chest:left", "2022-07-04", "2022-06-02", "yes", "PD", "no", "no", "no", "no", "27.1"),
    ("Y03", "yes", "yes", "thermal", "lower_leg:right", "2024-02-20", "2023", "yes", "HD", "yes", "no", "yes", "no", "29.7"),
    ("Y04", "yes", "yes", "procedure", "thigh:left", "2017-11-23", "2017-10-05", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
    ("Y05", "yes", "yes", "accidental", "flank:right", "2020-09-10", "2020-08-19", "yes", "HD", "no", "no", "no", "no", "24.2"),
    ("Y06", "yes", "yes", "injection", "abdomen:right", "2025-03-17", "2025-01", "no", "none", "yes", "yes", "yes", "yes", "32.6"),
    ("Y07", "yes", "yes", "pressure", "buttock:left", "2021-10", "2021-08-03", "yes", "PD", "yes", "no", "yes", "no", "28.4"),
    ("Y08", "yes", "yes", "procedure", "groin:left", "2023-05-29", "2023-05-10", "yes", "HD", "yes", "yes", "no", "yes", "36.5"),
    ("Y09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "36.9"),
    ("Y10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "26.3"),
    ("Y11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "47.9"),
    ("Y12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.5"),
    ("Y13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "34.0"),
    ("Y14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.4"),
    ("Y15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "36.2"),
    ("Y16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "22.4"),
    ("Y17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.6"),
    ("Y18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "27.2"),
    ("Y19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "45.1"),
    ("Y20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.1"),
]
