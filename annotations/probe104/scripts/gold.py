"""Patient-level gold for annotations/probe104 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("V01", "yes", "yes", "injection", "abdomen:left", "2019-03-21", "2017-06", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("V02", "yes", "yes", "thermal", "back:bilateral", "2020-11-27", "2020-10", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("V03", "yes", "yes", "pressure", "thigh:left", "2022-02-14", "2021-11", "yes", "HD", "yes", "no", "no", "no", "27.8"),
    ("V04", "yes", "yes", "procedure", "abdomen:right", "2023-06", "2023-03-09", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("V05", "yes", "yes", "accidental", "lower_leg:right", "2024-06-10", "2024-05-27", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
    ("V06", "yes", "yes", "injection", "upper_arm:unspecified", "2024-12-24", "2023-09", "yes", "HD", "no", "no", "no", "no", "22.1"),
    ("V07", "yes", "yes", "thermal", "knee:bilateral", "2021", "2019", "yes", "PD", "yes", "yes", "no", "yes", "41.3"),
    ("V08", "yes", "yes", "pressure", "hip:right", "2025-03-18", "2025-01", "yes", "HD", "yes", "no", "yes", "yes", "32.4"),
    ("V09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("V10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.3"),
    ("V11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.2"),
    ("V12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "44.0"),
    ("V13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "26.0"),
    ("V14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.0"),
    ("V15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.0"),
    ("V16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "28.1"),
    ("V17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "33.1"),
    ("V18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.5"),
    ("V19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "24.3"),
    ("V20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.0"),
]
