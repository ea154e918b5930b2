"""Patient-level gold for annotations/probe31 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("K01", "yes", "yes", "injection", "abdomen:left", "2019-07-30", "2019-06-04", "no", "none", "no", "no", "yes", "yes", "37.2"),
    ("K02", "yes", "yes", "thermal", "buttock:right", "2022-01", "2021-11-25", "yes", "HD", "yes", "no", "no", "no", "29.6"),
    ("K03", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-04", "2023-03", "yes", "PD", "yes", "yes", "no", "yes", "32.8"),
    ("K04", "yes", "yes", "procedure", "thigh:right", "2020-10-31", "2020-09-14", "no", "none", "no", "no", "yes", "yes", "40.6"),
    ("K05", "yes", "yes", "accidental", "lower_leg:left", "2023-07-20", "2023-07-04", "yes", "HD", "no", "no", "no", "no", "24.1"),
    ("K06", "yes", "yes", "injection", "flank:bilateral", "2024-03", "2017", "yes", "HD", "yes", "yes", "no", "yes", "42.1"),
    ("K07", "yes", "yes", "thermal", "knee:left", "2025-02-04", "2024-12-25", "yes", "PD", "yes", "no", "yes", "yes", "31.0"),
    ("K08", "yes", "yes", "pressure", "forearm:left", "2022-09-05", "2020-02", "yes", "HD", "no", "no", "no", "no", "27.3"),
    ("K09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("K10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("K11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "38.2"),
    ("K12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("K13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "28.1"),
    ("K14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "45.0"),
    ("K15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.7"),
    ("K16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("K17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "31.8"),
    ("K18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.5"),
    ("K19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
    ("K20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "30.4"),
]
