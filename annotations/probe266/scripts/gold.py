"""Patient-level gold for annotations/probe266 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Q01", "yes", "yes", "injection", "abdomen:right", "2023-03-19", "2023-03-02", "yes", "HD", "yes", "yes", "no", "yes", "37.2"),
    ("Q02", "yes", "yes", "injection", "buttock:left", "2022-01-01", "2021-12-06", "yes", "PD", "no", "no", "yes", "no", "28.4"),
    ("Q03", "yes", "yes", "thermal", "flank:left", "2024-09-02", "2024", "yes", "HD", "no", "no", "yes", "no", "24.9"),
    ("Q04", "yes", "yes", "pressure", "breast:left", "2020-11-09", "", "yes", "HD", "yes", "yes", "no", "yes", "42.1"),
    ("Q05", "yes", "yes", "procedure", "forearm:left", "2019-05", "2019-05-03", "yes", "HD", "no", "no", "no", "yes", "31.0"),
    ("Q06", "yes", "yes", "procedure", "groin:right", "2025-02-07", "2025-01-14", "yes", "PD", "yes", "yes", "no", "yes", "33.5"),
    ("Q07", "yes", "yes", "accidental", "lower_leg:left", "2023-01-16", "2022-12-31", "yes", "HD", "yes", "no", "yes", "no", "22.3"),
    ("Q08", "yes", "yes", "thermal", "knee:bilateral", "2021-10-20", "2021-10-03", "yes", "HD", "no", "no", "no", "yes", "32.8"),
    ("Q09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.3"),
    ("Q10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "29.6"),
    ("Q11", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "36.4"),
    ("Q12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.6"),
    ("Q13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.5"),
    ("Q14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "45.0"),
    ("Q15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("Q16", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "27.0"),
    ("Q17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.3"),
    ("Q18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.1"),
    ("Q19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "41.2"),
    ("Q20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.4"),
]
