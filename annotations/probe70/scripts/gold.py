"""Patient-level gold for annotations/probe70 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("V01", "yes", "yes", "injection", "abdomen:left", "2020-02-11", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "34.6"),
    ("V02", "yes", "yes", "thermal", "knee:right", "2021-12-29", "2021-11-25", "yes", "PD", "no", "no", "yes", "no", "28.4"),
    ("V03", "yes", "yes", "pressure", "ankle:right", "2022-12", "2022-10", "yes", "HD", "yes", "no", "no", "yes", "29.6"),
    ("V04", "yes", "yes", "procedure", "abdomen:right", "2023-04", "2023-02-14", "yes", "HD", "no", "no", "no", "no", "24.8"),
    ("V05", "yes", "yes", "accidental", "lower_leg:right", "2019-09-20", "2019-09-02", "yes", "HD", "yes", "no", "yes", "no", "26.9"),
    ("V06", "yes", "yes", "injection", "thigh:bilateral", "2024-07-22", "2024-07-08", "yes", "PD", "no", "no", "yes", "yes", "33.5"),
    ("V07", "yes", "yes", "thermal", "flank:left", "2021-02", "2020-12-25", "yes", "HD", "no", "no", "no", "no", "25.8"),
    ("V08", "yes", "yes", "pressure", "upper_arm:left", "2022-06-03", "2022-01", "yes", "HD", "yes", "yes", "no", "yes", "38.1"),
    ("V09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.0"),
    ("V10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.7"),
    ("V11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.2"),
    ("V12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "43.5"),
    ("V13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.8"),
    ("V14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
    ("V15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.9"),
    ("V16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.0"),
    ("V17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "30.0"),
    ("V18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.3"),
    ("V19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "31.1"),
    ("V20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.2"),
]
