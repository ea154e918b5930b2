"""Patient-level gold for annotations/probe138 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Q01", "yes", "yes", "injection", "upper_arm:right", "2019-04-19", "2019-03-12", "yes", "HD", "no", "no", "yes", "yes", "32.6"),
    ("Q02", "yes", "yes", "injection", "hip:left", "2017-12-25", "2017-11-20", "yes", "PD", "yes", "yes", "no", "no", "28.1"),
    ("Q03", "yes", "yes", "thermal", "knee:bilateral", "2021-09", "2021", "yes", "HD", "yes", "no", "no", "yes", "36.2"),
    ("Q04", "yes", "yes", "pressure", "forearm:right", "2020-05-28", "2020-04", "no", "none", "no", "no", "yes", "no", "24.3"),
    ("Q05", "yes", "yes", "procedure", "thigh:left", "2024-07-04", "2024-06-08", "yes", "PD", "no", "no", "no", "yes", "31.4"),
    ("Q06", "yes", "yes", "accidental", "buttock:right", "2022-06-21", "2022-05-30", "yes", "HD", "yes", "yes", "yes", "no", "26.5"),
    ("Q07", "yes", "yes", "pressure", "flank:left", "2018-11-22", "2018-10-03", "yes", "PD", "no", "no", "no", "yes", "38.7"),
    ("Q08", "yes", "yes", "injection;pressure", "abdomen:left", "2025-11-10", "2016-03", "yes", "HD", "yes", "yes", "no", "yes", "43.6"),
    ("Q09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("Q10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "33.5"),
    ("Q11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.2"),
    ("Q12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("Q13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.1"),
    ("Q14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "32.0"),
    ("Q15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "19.6"),
    ("Q16", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "31"),
    ("Q17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22.7"),
    ("Q18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.0"),
    ("Q19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "34.5"),
    ("Q20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "29.4"),
]
