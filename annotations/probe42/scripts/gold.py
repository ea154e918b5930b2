"""Patient-level gold for annotations/probe42 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("K01", "yes", "yes", "injection", "thigh:left", "2019-03-09", "2019-02-26", "yes", "HD", "no", "no", "yes", "yes", "31.6"),
    ("K02", "yes", "yes", "thermal", "flank:left", "2022-01", "2021-11-25", "yes", "PD", "yes", "no", "no", "no", "27.3"),
    ("K03", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-08-09", "2023-06-05", "yes", "HD", "yes", "yes", "yes", "yes", "40.6"),
    ("K04", "yes", "yes", "procedure", "abdomen:right", "2020-10", "2020-09-14", "yes", "HD", "no", "no", "no", "no", "29.6"),
    ("K05", "yes", "yes", "accidental", "lower_leg:right", "2019-01", "2018-12-24", "no", "none", "no", "no", "yes", "no", "22.8"),
    ("K06", "yes", "yes", "injection", "upper_arm:right", "2022-10-11", "2022-02", "yes", "HD", "yes", "yes", "no", "yes", "33.9"),
    ("K07", "yes", "yes", "pressure", "hip:left", "2024-07-02", "2024", "yes", "HD", "yes", "no", "yes", "yes", ""),
    ("K08", "yes", "yes", "thermal", "knee:right", "2025-09-20", "2025-09-01", "yes", "PD", "yes", "yes", "yes", "no", "28.4"),
    ("K09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.4"),
    ("K10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.1"),
    ("K11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.2"),
    ("K12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "31.0"),
    ("K13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "44.9"),
    ("K14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("K15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "24.1"),
    ("K16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("K17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "21.5"),
    ("K18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "33.0"),
    ("K19", "no", "no", "", "", "", "", "yes", "none", "no", "no", "no", "no", "27.0"),
    ("K20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
]
