"""Patient-level gold for annotations/probe53 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("L01", "yes", "yes", "injection", "abdomen:left", "2019-03-20", "2018-11", "yes", "HD", "yes", "yes", "no", "yes", "32.9"),
    ("L02", "yes", "yes", "thermal", "back:right", "2020-11-27", "2020-09", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("L03", "yes", "yes", "pressure", "lower_leg:bilateral", "2021-06", "2021-04-02", "yes", "HD", "yes", "no", "no", "yes", "30.4"),
    ("L04", "yes", "yes", "procedure", "upper_arm:right", "2022-09", "2022-08-09", "yes", "HD", "no", "no", "yes", "no", "25.8"),
    ("L05", "yes", "yes", "accidental", "lower_leg:right", "2023-01-07", "2022-12-24", "yes", "HD", "yes", "yes", "no", "yes", "32.1"),
    ("L06", "yes", "yes", "injection", "thigh:left", "2023-09", "2023-09-04", "yes", "HD", "no", "no", "no", "no", "22.1"),
    ("L07", "yes", "yes", "thermal", "knee:left", "2024-06", "2024-03", "yes", "PD", "no", "no", "no", "yes", "35.7"),
    ("L08", "yes", "yes", "pressure", "flank:bilateral", "2025-02-14", "2024-11", "yes", "HD", "yes", "yes", "no", "yes", "40.4"),
    ("L09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.2"),
    ("L10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("L11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.6"),
    ("L12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.8"),
    ("L13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "47.3"),
    ("L14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "20.8"),
    ("L15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("L16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "26.0"),
    ("L17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
    ("L18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.2"),
    ("L19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "23.4"),
    ("L20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.2"),
]
