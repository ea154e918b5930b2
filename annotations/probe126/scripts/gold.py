"""Patient-level gold for annotations/probe126 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("K01", "yes", "yes", "injection", "abdomen:left", "2019-02-01", "2018-10", "yes", "PD", "yes", "yes", "no", "yes", "32.4"),
    ("K02", "yes", "yes", "thermal", "lower_leg:bilateral", "2020-11-19", "2020", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("K03", "yes", "yes", "pressure", "thigh:right", "2022-08-02", "2022-06-03", "yes", "HD", "yes", "no", "yes", "yes", "30"),
    ("K04", "yes", "yes", "procedure", "flank:right", "2020-12-31", "2020-09-14", "yes", "HD", "no", "no", "no", "no", "25.6"),
    ("K05", "yes", "yes", "accidental", "upper_arm:left", "2023-03-29", "2023-03-17", "yes", "HD", "yes", "yes", "no", "no", "22.8"),
    ("K06", "yes", "yes", "injection", "abdomen:bilateral", "2024-10-21", "2024-09-09", "yes", "HD", "no", "no", "yes", "yes", "36.1"),
    ("K07", "yes", "yes", "thermal", "knee:unspecified", "2025-06", "2025-04-20", "yes", "PD", "yes", "no", "no", "no", "29.9"),
    ("K08", "yes", "yes", "injection;pressure", "flank:left", "2021-09-06", "2021-02", "yes", "HD", "yes", "yes", "no", "yes", "39.8"),
    ("K09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("K10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.9"),
    ("K11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "31.5"),
    ("K12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "38"),
    ("K13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.4"),
    ("K14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.2"),
    ("K15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "23.1"),
    ("K16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "no", "28.4"),
    ("K17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "45.0"),
    ("K18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.7"),
    ("K19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "32.6"),
    ("K20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "26.0"),
]
