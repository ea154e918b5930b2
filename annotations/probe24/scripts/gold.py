"""Patient-level gold for annotations/probe24 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("V01", "yes", "yes", "injection", "abdomen:left", "2018-10-28", "2016", "yes", "HD", "yes", "yes", "no", "yes", "42.9"),
    ("V02", "yes", "yes", "thermal", "knee:right", "2019-05-30", "2019-03", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("V03", "yes", "yes", "pressure", "breast:left", "2020-02", "2019-12", "yes", "HD", "no", "no", "no", "yes", "29.6"),
    ("V04", "yes", "yes", "procedure", "groin:left", "2021-01", "2020-11-11", "yes", "HD", "yes", "no", "yes", "yes", "34.2"),
    ("V05", "yes", "yes", "accidental", "hip:left", "2023-01-02", "2022-12-24", "no", "none", "no", "no", "yes", "yes", "36.7"),
    ("V06", "yes", "yes", "injection", "abdomen:right", "2024-04-17", "2024-04-03", "yes", "HD", "no", "no", "yes", "no", ""),
    ("V07", "yes", "yes", "pressure", "flank:bilateral", "2021-11-25", "2021-09", "yes", "HD", "yes", "yes", "no", "yes", "38.9"),
    ("V08", "yes", "yes", "injection;thermal", "thigh:right", "2022-10-30", "2022-08", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("V09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "35.1"),
    ("V10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.4"),
    ("V11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "40.5"),
    ("V12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.0"),
    ("V13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "47"),
    ("V14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.5"),
    ("V15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "24.3"),
    ("V16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.0"),
    ("V17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.2"),
    ("V18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "27.7"),
    ("V19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "22.1"),
    ("V20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.9"),
]
