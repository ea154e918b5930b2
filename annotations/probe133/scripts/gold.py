"""Patient-level gold for annotations/probe133 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("V01", "yes", "yes", "injection", "abdomen:bilateral", "2019-03-23", "2019-03-03", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("V02", "yes", "yes", "pressure", "lower_leg:right", "2022-01-25", "2022-01-11", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("V03", "yes", "yes", "thermal", "thigh:left", "2020-12-24", "2020-11-26", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("V04", "yes", "yes", "procedure", "groin:right", "2017-09", "2017-08-07", "yes", "PD", "no", "no", "no", "no", "29.3"),
    ("V05", "yes", "yes", "accidental", "thigh:left", "2023-07-04", "2023-06-14", "yes", "HD", "yes", "no", "yes", "no", "23.8"),
    ("V06", "yes", "yes", "injection", "thigh:right", "2016-03-08", "2016-02-09", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("V07", "yes", "yes", "pressure;procedure", "abdomen:left", "2024-10-26", "2024-10-02", "yes", "HD", "no", "no", "no", "yes", "43.6"),
    ("V08", "yes", "yes", "pressure", "thigh:right", "2025-03", "2023", "yes", "PD", "yes", "no", "no", "yes", "40.6"),
    ("V09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.7"),
    ("V10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("V11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.7"),
    ("V12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "34.0"),
    ("V13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.9"),
    ("V14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "32.0"),
    ("V15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "39.5"),
    ("V16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
    ("V17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.2"),
    ("V18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("V19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "22.5"),
    ("V20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "32.2"),
]
