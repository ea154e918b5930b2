"""Patient-level gold for annotations/probe97 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Q01", "yes", "yes", "injection", "abdomen:left", "2019-10-30", "2019-06-03", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("Q02", "yes", "yes", "thermal", "back:right", "2020-11-26", "2020", "yes", "PD", "no", "no", "yes", "no", "26.4"),
    ("Q03", "yes", "yes", "pressure", "lower_leg:right", "2022-05-30", "2022-04-12", "yes", "PD", "yes", "no", "no", "yes", "34.3"),
    ("Q04", "yes", "yes", "procedure", "breast:right", "2023-10", "2023-08-14", "yes", "HD", "no", "no", "yes", "yes", "36.9"),
    ("Q05", "yes", "yes", "accidental", "lower_leg:left", "2021-07-19", "2021-07-04", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("Q06", "yes", "yes", "injection", "upper_arm:bilateral", "2024-08-12", "2024-05", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("Q07", "yes", "yes", "pressure", "flank:unspecified", "2025-06", "2025-04-20", "yes", "HD", "yes", "no", "no", "yes", "44.2"),
    ("Q08", "yes", "yes", "procedure;thermal", "knee:right", "2023-03-01", "2023-02-07", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("Q09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("Q10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("Q11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.5"),
    ("Q12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.0"),
    ("Q13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("Q14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.6"),
    ("Q15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.5"),
    ("Q16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "22.4"),
    ("Q17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "31.5"),
    ("Q18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.7"),
    ("Q19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.8"),
    ("Q20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "22.1"),
]
