"""Patient-level gold for annotations/probe242 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("V01", "yes", "yes", "injection", "abdomen:left", "2022-04-29", "2022-03-04", "yes", "HD", "yes", "yes", "yes", "yes", "32.6"),
    ("V02", "yes", "yes", "thermal", "lower_leg:left", "2023-12-05", "2023-10", "yes", "PD", "yes", "yes", "no", "no", "27.6"),
    ("V03", "yes", "yes", "pressure", "flank:right", "2021-08-16", "2021-01", "yes", "HD", "yes", "yes", "yes", "yes", "31.4"),
    ("V04", "yes", "yes", "procedure", "forearm:left", "2019-03-01", "2019-02-10", "yes", "HD", "yes", "yes", "no", "no", ""),
    ("V05", "yes", "yes", "procedure", "thigh:left", "2025-02-09", "2024-11-28", "yes", "PD", "yes", "yes", "no", "no", "23.8"),
    ("V06", "yes", "yes", "injection;thermal", "buttock:right", "2020-12", "2020-09-08", "yes", "HD", "yes", "yes", "yes", "yes", "35.9"),
    ("V07", "yes", "yes", "accidental", "hip:right", "2023-04-08", "2023-03-02", "yes", "HD", "yes", "yes", "yes", "no", "22.5"),
    ("V08", "yes", "yes", "injection", "thigh:bilateral", "2018-09-03", "2018-06-12", "yes", "HD", "yes", "no", "no", "yes", "37.4"),
    ("V09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "40.2"),
    ("V10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "29.1"),
    ("V11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.8"),
    ("V12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.2"),
    ("V13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.5"),
    ("V14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("V15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.7"),
    ("V16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "37.8"),
    ("V17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "44.3"),
    ("V18", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.4"),
    ("V19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "30.4"),
    ("V20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.8"),
]
