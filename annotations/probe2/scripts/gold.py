"""Patient-level gold labels of probe2 (guidelines v1.2 §4 and §7); build.py adds interval_days."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset", "trauma_date",
          "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin", "obesity", "bmi"]

# pid, calciphylaxis, koebner, trauma_types, sites, lesion_onset, trauma_date,
# esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Q01", "yes", "yes", "injection", "abdomen:bilateral", "2021-02-17", "2021-02-09", "yes", "HD", "yes", "no", "no", "yes", "33.8"),
    ("Q02", "yes", "yes", "thermal", "buttock:left", "2024-04-08", "2024-03", "yes", "PD", "yes", "yes", "yes", "yes", "36.4"),
    ("Q03", "yes", "yes", "pressure", "knee:left", "2022-10", "2022-09-06", "yes", "HD", "yes", "yes", "no", "no", "27.4"),
    ("Q04", "yes", "yes", "procedure", "lower_leg:right", "2023-06-20", "2023-05-16", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("Q05", "yes", "yes", "accidental;thermal", "thigh:bilateral", "2019-12-25", "2019-07", "yes", "HD", "no", "no", "no", "yes", "41"),
    ("Q06", "yes", "yes", "injection", "upper_arm:left", "2019-07-24", "2019-03", "yes", "PD", "no", "no", "no", "no", "29.9"),
    ("Q07", "yes", "yes", "injection", "flank:right", "2025-12-03", "2011", "yes", "HD", "yes", "yes", "yes", "yes", "38"),
    ("Q08", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", ""),
    ("Q09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "37"),
    ("Q10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32"),
    ("Q11", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "45"),
    ("Q12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "42.0"),
    ("Q13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24"),
    ("Q14", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "31"),
    ("Q15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "34"),
    ("Q16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", ""),
    ("Q17", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "35"),
    ("Q18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26"),
    ("Q19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "28"),
    ("Q20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.4"),
]
