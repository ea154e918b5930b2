"""Patient-level gold for annotations/probe129 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("R01", "yes", "yes", "injection", "abdomen:left", "2019-02-19", "2018-12-03", "yes", "HD", "yes", "no", "yes", "yes", "34.2"),
    ("R02", "yes", "yes", "pressure", "lower_leg:bilateral", "2020-09", "2020-06-12", "yes", "PD", "no", "no", "yes", "no", "29.9"),
    ("R03", "yes", "yes", "thermal", "back:right", "2022-01-10", "2021-11-25", "no", "none", "no", "no", "yes", "yes", "38.6"),
    ("R04", "yes", "yes", "procedure", "groin:right", "2023-06", "2023-05-16", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
    ("R05", "yes", "yes", "accidental", "lower_leg:left", "2018-12-03", "2018-11-17", "yes", "HD", "no", "no", "yes", "no", "22.1"),
    ("R06", "yes", "yes", "injection", "thigh:left", "2021-04-04", "2015", "yes", "PD", "yes", "yes", "no", "yes", "31.7"),
    ("R07", "yes", "yes", "thermal", "knee:right", "2024-07-04", "2024-05-27", "yes", "HD", "yes", "no", "yes", "no", "27.3"),
    ("R08", "yes", "yes", "pressure", "forearm:left", "2022-08-30", "2022-03", "yes", "HD", "yes", "yes", "yes", "no", "26.0"),
    ("R09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "41.2"),
    ("R10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.4"),
    ("R11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "36.1"),
    ("R12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.1"),
    ("R13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.4"),
    ("R14", "yes", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "32.5"),
    ("R15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "34.8"),
    ("R16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "30.4"),
    ("R17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.0"),
    ("R18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "25.5"),
    ("R19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "32.2"),
    ("R20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.0"),
]
