"""Patient-level gold for annotations/probe107 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("K01", "yes", "yes", "injection", "abdomen:left", "2019-01-24", "2018-11-22", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("K02", "yes", "yes", "thermal", "lower_leg:bilateral", "2021-03", "2020", "yes", "PD", "no", "no", "yes", "no", "27.8"),
    ("K03", "yes", "yes", "pressure", "forearm:left", "2022-10-03", "2022-06", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("K04", "yes", "yes", "procedure", "upper_arm:left", "2023-06", "2023-05-02", "yes", "PD", "yes", "yes", "no", "no", "26.4"),
    ("K05", "yes", "yes", "accidental", "knee:right", "2024-06-10", "2024-05-27", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("K06", "yes", "yes", "injection", "buttock:unspecified", "2020-04-18", "2020-01", "yes", "PD", "yes", "no", "no", "yes", "31.2"),
    ("K07", "yes", "yes", "injection;thermal", "hip:right", "2025-01", "2024-11-20", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("K08", "yes", "yes", "injection", "thigh:bilateral", "2025-09-22", "2025-08-14", "yes", "HD", "yes", "yes", "yes", "yes", "41.3"),
    ("K09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.6"),
    ("K10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.3"),
    ("K11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.2"),
    ("K12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "45.7"),
    ("K13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.1"),
    ("K14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.9"),
    ("K15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.9"),
    ("K16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.6"),
    ("K17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.1"),
    ("K18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.1"),
    ("K19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "29.9"),
    ("K20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.8"),
]
