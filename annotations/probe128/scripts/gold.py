"""Patient-level gold for annotations/probe128 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Q01", "yes", "yes", "injection", "abdomen:left", "2023-03-22", "2022-12-25", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("Q02", "yes", "yes", "thermal", "lower_leg:bilateral", "2020-11", "2020-10", "yes", "PD", "no", "no", "yes", "no", "22.4"),
    ("Q03", "yes", "yes", "pressure", "thigh:left", "2019-11-06", "2019-10-03", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("Q04", "yes", "yes", "procedure", "groin:right", "2020-08", "2020-06-08", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("Q05", "yes", "yes", "accidental", "knee:left", "2025-01-20", "2024-12-31", "yes", "HD", "yes", "yes", "no", "no", "25.1"),
    ("Q06", "yes", "yes", "injection", "upper_arm:unspecified", "2022-11-08", "2022-05", "yes", "PD", "no", "no", "yes", "no", "29.9"),
    ("Q07", "yes", "yes", "thermal", "hip:right", "2024-03", "2024-01", "yes", "HD", "yes", "no", "no", "yes", "34.6"),
    ("Q08", "yes", "yes", "pressure", "buttock:bilateral", "2021-11-25", "2019", "yes", "HD", "yes", "yes", "no", "yes", "40.9"),
    ("Q09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.8"),
    ("Q10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "24.0"),
    ("Q11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.3"),
    ("Q12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.1"),
    ("Q13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.5"),
    ("Q14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.6"),
    ("Q15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "31.0"),
    ("Q16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "21.5"),
    ("Q17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "28.6"),
    ("Q18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "26.4"),
    ("Q19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "36.0"),
    ("Q20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.8"),
]
