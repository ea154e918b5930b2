"""Patient-level gold for annotations/probe267 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("R01", "yes", "yes", "procedure", "forearm:right", "2022-03-26", "2022-03-08", "yes", "HD", "yes", "yes", "no", "yes", "30.9"),
    ("R02", "yes", "yes", "pressure", "upper_arm:left", "2020-10-24", "2020-10-14", "yes", "PD", "yes", "no", "yes", "no", "27.1"),
    ("R03", "yes", "yes", "thermal", "flank:right", "2019-02-14", "2018-12-25", "yes", "HD", "yes", "no", "yes", "yes", "35.8"),
    ("R04", "yes", "yes", "injection", "buttock:right", "2023-05", "2023-04-14", "no", "none", "no", "no", "yes", "yes", "31.5"),
    ("R05", "yes", "yes", "injection", "thigh:bilateral", "2024-08-27", "2024-03", "yes", "HD", "yes", "yes", "no", "yes", "33.5"),
    ("R06", "yes", "yes", "accidental", "lower_leg:left", "2021-12-13", "2021-11-30", "yes", "HD", "no", "no", "yes", "no", "24.6"),
    ("R07", "yes", "yes", "thermal", "knee:left", "2025-03-04", "2024", "yes", "PD", "yes", "no", "no", "no", "29.4"),
    ("R08", "yes", "yes", "pressure;procedure", "abdomen:left", "2023-08-15", "2023-06-12", "yes", "HD", "yes", "yes", "no", "no", "22.1"),
    ("R09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("R10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.3"),
    ("R11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "39.2"),
    ("R12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("R13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.7"),
    ("R14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "47.3"),
    ("R15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "32.1"),
    ("R16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "21.3"),
    ("R17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.2"),
    ("R18", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "33.1"),
    ("R19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.2"),
    ("R20", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "19.8"),
]
