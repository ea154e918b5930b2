"""Patient-level gold for annotations/probe62 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("K01", "yes", "yes", "injection", "abdomen:left", "2020-02-11", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("K02", "yes", "yes", "thermal", "knee:right", "2021-12-14", "2021-11-25", "yes", "PD", "no", "no", "yes", "no", "29.9"),
    ("K03", "yes", "yes", "pressure", "ankle:left", "2023-03", "2023-02-06", "yes", "HD", "yes", "no", "no", "yes", "29.5"),
    ("K04", "yes", "yes", "procedure", "breast:right", "2018-11", "2018-09-12", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("K05", "yes", "yes", "accidental", "lower_leg:right", "2024-06-08", "2024-05-27", "yes", "PD", "yes", "yes", "no", "yes", "34.6"),
    ("K06", "yes", "yes", "injection", "buttock:right", "2021-11", "2021-10", "yes", "HD", "no", "no", "yes", "no", "25.7"),
    ("K07", "yes", "yes", "thermal", "flank:left", "2024-01-09", "2023", "yes", "HD", "yes", "no", "no", "yes", "40.1"),
    ("K08", "yes", "yes", "pressure", "forearm:left", "2024-12-31", "2024-04", "yes", "HD", "yes", "yes", "no", "no", "22.4"),
    ("K09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.9"),
    ("K10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("K11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("K12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "43.9"),
    ("K13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.0"),
    ("K14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "31.8"),
    ("K15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.9"),
    ("K16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "25.0"),
    ("K17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "36.0"),
    ("K18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.0"),
    ("K19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.5"),
    ("K20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "33.0"),
]
