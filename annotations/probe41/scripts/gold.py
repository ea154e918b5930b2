"""Patient-level gold for annotations/probe41 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("V01", "yes", "yes", "injection", "abdomen:left", "2019-07-09", "2019-06-04", "no", "none", "no", "no", "yes", "yes", "30.8"),
    ("V02", "yes", "yes", "thermal", "lower_leg:right", "2022-01", "2021-11-25", "yes", "PD", "yes", "no", "no", "no", "27.4"),
    ("V03", "yes", "yes", "pressure", "ankle:left", "2023-04-02", "2023-03-13", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("V04", "yes", "yes", "procedure", "groin:right", "2020-10", "2020-09-17", "yes", "HD", "no", "no", "yes", "no", "22.1"),
    ("V05", "yes", "yes", "accidental", "knee:right", "2024-07-20", "2024-07-04", "yes", "HD", "yes", "yes", "no", "no", "29.6"),
    ("V06", "yes", "yes", "injection", "thigh:bilateral", "2025-02", "2017", "yes", "PD", "yes", "yes", "no", "yes", "41.0"),
    ("V07", "yes", "yes", "pressure", "buttock:left", "2022-06", "2022-05-10", "yes", "HD", "yes", "no", "yes", "no", "25.0"),
    ("V08", "yes", "yes", "procedure", "forearm:right", "2018-11-21", "2018-11-06", "yes", "HD", "yes", "yes", "no", "yes", "29.4"),
    ("V09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.1"),
    ("V10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("V11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("V12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "43.9"),
    ("V13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.3"),
    ("V14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.7"),
    ("V15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "23.0"),
    ("V16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("V17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.9"),
    ("V18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.9"),
    ("V19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.5"),
    ("V20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "21.4"),
]
