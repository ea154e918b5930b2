"""Patient-level gold for annotations/probe22 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("K01", "yes", "yes", "injection", "abdomen:left", "2020-11-03", "2020-06", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("K02", "yes", "yes", "thermal", "buttock:right", "2023-12-29", "2023-11-23", "yes", "PD", "no", "no", "yes", "no", "27.3"),
    ("K03", "yes", "yes", "pressure", "lower_leg:bilateral", "2022-04", "2022-03", "yes", "HD", "no", "no", "no", "yes", "41.3"),
    ("K04", "yes", "yes", "procedure", "breast:left", "2019-09", "2019-08-14", "yes", "HD", "no", "no", "no", "yes", "29.4"),
    ("K05", "yes", "yes", "accidental", "knee:right", "2021-07-20", "2021-07-04", "yes", "HD", "yes", "no", "yes", "no", "26.0"),
    ("K06", "yes", "yes", "injection", "abdomen:bilateral", "2019-02", "2019-01-01", "yes", "HD", "no", "no", "yes", "yes", "35.2"),
    ("K07", "yes", "yes", "thermal", "shoulder:left", "2024-10-02", "2024-09", "yes", "PD", "yes", "yes", "no", "no", "24.1"),
    ("K08", "yes", "yes", "pressure", "hip:right", "2023-01-03", "2022", "yes", "PD", "yes", "yes", "no", "yes", "30.4"),
    ("K09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.8"),
    ("K10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("K11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.1"),
    ("K12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "44.1"),
    ("K13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("K14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.6"),
    ("K15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("K16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "28.1"),
    ("K17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.0"),
    ("K18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.8"),
    ("K19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "31.5"),
    ("K20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "36.3"),
]
