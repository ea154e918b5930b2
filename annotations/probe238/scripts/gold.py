"""Patient-level gold for annotations/probe238 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("R01", "yes", "yes", "injection", "abdomen:left", "2023-03-04", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "37.6"),
    ("R02", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.8"),
    ("R03", "yes", "yes", "thermal", "shoulder:right", "2021-06", "2021-05-31", "yes", "HD", "no", "no", "yes", "yes", "31.4"),
    ("R04", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "33.0"),
    ("R05", "yes", "yes", "procedure", "chest:right", "2020-12-26", "2020-11-04", "yes", "HD", "yes", "no", "no", "no", "28.5"),
    ("R06", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "40.6"),
    ("R07", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("R08", "yes", "yes", "accidental", "lower_leg:left", "2024-01-01", "2023-12-24", "yes", "HD", "yes", "no", "yes", "no", "26.0"),
    ("R09", "yes", "yes", "pressure", "flank:left", "2019-12", "2019-10-03", "yes", "PD", "no", "no", "no", "yes", "35.2"),
    ("R10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("R11", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.5"),
    ("R12", "yes", "yes", "injection", "upper_arm:left", "2022-11", "2022-10-04", "yes", "PD", "no", "no", "yes", "no", "27.9"),
    ("R13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "45.3"),
    ("R14", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("R15", "yes", "yes", "thermal", "thigh:bilateral", "2024-02-14", "2023", "yes", "HD", "yes", "yes", "yes", "yes", "36.4"),
    ("R16", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.7"),
    ("R17", "possible", "no", "", "", "", "", "yes", "none", "yes", "no", "yes", "no", "25.5"),
    ("R18", "yes", "yes", "injection", "thigh:left", "2022-08-30", "2022-08-02", "yes", "HD", "no", "no", "no", "no", "29.4"),
    ("R19", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "28.8"),
    ("R20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "23.1"),
]
