"""Patient-level gold of probe3 (guidelines v1.2, sections 4 and 7); build.py adds interval_days."""
FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset", "trauma_date",
          "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin", "obesity", "bmi"]
# pid, calciphylaxis, koebner, trauma_types, sites, lesion_onset, trauma_date,
# esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("V01", "yes", "yes", "injection", "abdomen:left", "2021-03-30", "2020-02", "yes", "HD", "yes", "yes", "no", "yes", "33.9"),
    ("V02", "yes", "yes", "pressure", "lower_leg:bilateral", "2022-10-15", "2022-10-03", "yes", "HD", "no", "no", "no", "no", "26.5"),
    ("V03", "yes", "yes", "thermal", "abdomen:right", "2024-01-30", "2023-12-25", "yes", "PD", "yes", "no", "yes", "yes", "31"),
    ("V04", "yes", "yes", "procedure", "thigh:right", "2020-02-06", "2020-01-08", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("V05", "yes", "yes", "injection", "buttock:left", "2020-12-10", "2020-12-03", "yes", "HD", "yes", "yes", "no", "no", "28"),
    ("V06", "yes", "yes", "accidental", "lower_leg:left", "2023-03", "2023-02-20", "yes", "HD", "no", "no", "yes", "no", "24"),
    ("V07", "yes", "yes", "pressure", "lower_leg:right", "2022-07-10", "2022-06-02", "yes", "PD", "yes", "yes", "no", "yes", "41.5"),
    ("V08", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.4"),
    ("V09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.1"),
    ("V10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.8"),
    ("V11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "47"),
    ("V12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "38"),
    ("V13", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.5"),
    ("V14", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "35"),
    ("V15", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27"),
    ("V16", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23"),
    ("V17", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "29"),
    ("V18", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "39"),
    ("V19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22"),
    ("V20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.4"),
]
