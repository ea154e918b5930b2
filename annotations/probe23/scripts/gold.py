"""Patient-level gold for annotations/probe23 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Q01", "yes", "yes", "injection", "abdomen:left", "2018-11-14", "2018-10-02", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("Q02", "yes", "yes", "thermal", "knee:left", "2020-12-14", "2020-11-26", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("Q03", "yes", "yes", "pressure", "lower_leg:right", "2022-10", "2022-09", "yes", "HD", "yes", "no", "no", "yes", "41.6"),
    ("Q04", "yes", "yes", "procedure", "breast:right", "2021-08", "2021-06-09", "no", "none", "no", "no", "yes", "yes", "35.2"),
    ("Q05", "yes", "yes", "accidental", "hip:left", "2023-03-08", "2023-02-14", "yes", "HD", "yes", "yes", "no", "no", "24.3"),
    ("Q06", "yes", "yes", "injection", "upper_arm:right", "2019-07-19", "2019-06-18", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("Q07", "yes", "yes", "pressure", "thigh:bilateral", "2024-07-12", "2024", "yes", "PD", "yes", "yes", "yes", "yes", "29.1"),
    ("Q08", "yes", "yes", "accidental;thermal", "shoulder:right", "2025-02", "2025-01-03", "yes", "HD", "no", "no", "no", "no", "26.8"),
    ("Q09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.9"),
    ("Q10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "22.0"),
    ("Q11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "44.1"),
    ("Q12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.5"),
    ("Q13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.9"),
    ("Q14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("Q15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "19.8"),
    ("Q16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    ("Q17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", ""),
    ("Q18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.0"),
    ("Q19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "27.0"),
    ("Q20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
]
