"""Patient-level gold for annotations/probe91 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("K01", "yes", "yes", "injection", "abdomen:right", "2023-03-21", "2023-03-08", "yes", "HD", "no", "no", "no", "no", "27.3"),
    ("K02", "yes", "yes", "thermal", "breast:left", "2020-02", "2020-01", "yes", "PD", "yes", "yes", "no", "yes", "33.0"),
    ("K03", "yes", "yes", "pressure", "flank:right", "2021-12-14", "2021-11-25", "yes", "HD", "yes", "yes", "no", "yes", "34.9"),
    ("K04", "yes", "yes", "procedure", "thigh:right", "2021-09", "2021-06-14", "no", "none", "no", "no", "yes", "no", "28.1"),
    ("K05", "yes", "yes", "accidental", "lower_leg:left", "2019-06-06", "2019-05-27", "yes", "HD", "yes", "yes", "yes", "yes", "30.3"),
    ("K06", "yes", "yes", "injection", "upper_arm:right", "2022-11", "2022", "yes", "PD", "yes", "yes", "no", "no", "24.0"),
    ("K07", "yes", "yes", "pressure", "shoulder:bilateral", "2024-10-31", "2024-09-10", "yes", "HD", "no", "no", "no", "yes", "33.8"),
    ("K08", "yes", "yes", "thermal", "hip:right", "2023-05-02", "2023-04-09", "yes", "HD", "yes", "no", "yes", "no", "29.4"),
    ("K09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.1"),
    ("K10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.0"),
    ("K11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.8"),
    ("K12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "43.1"),
    ("K13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("K14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.7"),
    ("K15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.8"),
    ("K16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.5"),
    ("K17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "25.1"),
    ("K18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.9"),
    ("K19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "28.4"),
    ("K20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.2"),
]
