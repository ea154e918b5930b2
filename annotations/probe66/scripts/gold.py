"""Patient-level gold for annotations/probe66 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("R01", "yes", "yes", "injection", "abdomen:left", "2020-01-28", "2019-11-28", "yes", "HD", "yes", "yes", "no", "yes", "34.1"),
    ("R02", "yes", "yes", "thermal", "hip:right", "2023-01", "2022-10", "yes", "PD", "no", "no", "yes", "no", "27.0"),
    ("R03", "yes", "yes", "pressure", "lower_leg:bilateral", "2021-08-09", "2021-06", "yes", "HD", "yes", "yes", "no", "yes", "38.4"),
    ("R04", "yes", "yes", "procedure", "groin:right", "2023-05", "2023-03-07", "yes", "PD", "no", "no", "yes", "yes", "31.5"),
    ("R05", "yes", "yes", "accidental", "knee:left", "2024-01-15", "2023-12-31", "yes", "HD", "yes", "no", "no", "no", "29.4"),
    ("R06", "yes", "yes", "injection", "upper_arm:right", "2019-11-10", "2019-10-22", "yes", "HD", "no", "no", "yes", "no", "22.4"),
    ("R07", "yes", "yes", "thermal", "ankle:right", "2024-06", "2024-05-27", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("R08", "yes", "yes", "accidental", "thigh:left", "2022-10", "2022", "yes", "PD", "no", "no", "no", "yes", "40.6"),
    ("R09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "34.7"),
    ("R10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.8"),
    ("R11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "29.8"),
    ("R12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "47.9"),
    ("R13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.3"),
    ("R14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("R15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.8"),
    ("R16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "36.2"),
    ("R17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.2"),
    ("R18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.3"),
    ("R19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.5"),
    ("R20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "32.1"),
]
