"""Patient-level gold for annotations/probe237 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Q01", "yes", "yes", "injection", "thigh:left", "2022-05-06", "2022-01-11", "yes", "HD", "yes", "yes", "no", "no", "26.1"),
    ("Q02", "yes", "yes", "injection", "upper_arm:right", "2023-08", "2023-03-14", "yes", "PD", "no", "no", "yes", "no", "22.0"),
    ("Q03", "yes", "yes", "thermal", "knee:right", "2022-11-29", "2022-10", "yes", "HD", "yes", "no", "no", "no", "24.3"),
    ("Q04", "yes", "yes", "pressure", "flank:left", "2024-04-10", "", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("Q05", "yes", "yes", "procedure", "chest:right", "2021-08-09", "2021-06-05", "yes", "HD", "no", "no", "yes", "yes", "33.1"),
    ("Q06", "yes", "yes", "accidental", "lower_leg:right", "2022-10-12", "2022-09-12", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("Q07", "yes", "yes", "injection;thermal", "buttock:left", "2023-04-02", "2023-03-13", "yes", "PD", "yes", "no", "no", "no", "29.6"),
    ("Q08", "yes", "yes", "injection", "abdomen:bilateral", "2024-01-28", "2024-01-03", "yes", "HD", "yes", "no", "yes", "yes", "29.8"),
    ("Q09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.7"),
    ("Q10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "28.1"),
    ("Q11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "25.2"),
    ("Q12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.3"),
    ("Q13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "24.8"),
    ("Q14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "31.6"),
    ("Q15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("Q16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.2"),
    ("Q17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", ""),
    ("Q18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "31.4"),
    ("Q19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "22.1"),
    ("Q20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.0"),
]
