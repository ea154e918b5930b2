"""Patient-level gold for annotations/probe43 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("R01", "yes", "yes", "injection", "abdomen:left", "2020-02-11", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("R02", "yes", "yes", "thermal", "knee:right", "2021-11-03", "2021-08", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("R03", "yes", "yes", "pressure", "thigh:bilateral", "2023-04", "2023-03-07", "yes", "HD", "yes", "no", "no", "yes", "41.3"),
    ("R04", "yes", "yes", "procedure", "foot:left", "2022-10-31", "2022-09-14", "yes", "HD", "yes", "yes", "yes", "no", "28.4"),
    ("R05", "yes", "yes", "accidental", "hip:right", "2024-01-19", "2023-12-31", "yes", "PD", "no", "no", "yes", "yes", "30.0"),
    ("R06", "yes", "yes", "injection", "upper_arm:right", "2019-07", "2019-05", "no", "none", "no", "no", "yes", "yes", "35.2"),
    ("R07", "yes", "yes", "thermal", "lower_leg:left", "2025-05-07", "2025-04-20", "yes", "HD", "yes", "yes", "no", "no", "28.9"),
    ("R08", "yes", "yes", "pressure", "forearm:right", "2018-11", "2018-10-02", "yes", "HD", "no", "no", "no", "no", "24.1"),
    ("R09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.0"),
    ("R10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.5"),
    ("R11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("R12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("R13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.0"),
    ("R14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "29.6"),
    ("R15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.1"),
    ("R16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "26.3"),
    ("R17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "30.4"),
    ("R18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.0"),
    ("R19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.5"),
    ("R20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.0"),
]
