"""Patient-level gold for annotations/probe109 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("P01", "yes", "yes", "injection", "abdomen:left", "2019-03-28", "2018-01", "yes", "HD", "yes", "yes", "no", "yes", "31.8"),
    ("P02", "yes", "yes", "thermal", "lower_leg:bilateral", "2021-02", "2020-11-26", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("P03", "yes", "yes", "pressure", "shoulder:left", "2022-09-02", "2022-06", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("P04", "yes", "yes", "procedure", "chest:unspecified", "2020", "2020-03-09", "yes", "HD", "yes", "no", "no", "no", "28.4"),
    ("P05", "yes", "yes", "accidental", "hip:right", "2023-04-22", "2023-04-10", "yes", "PD", "no", "no", "yes", "no", "22.6"),
    ("P06", "yes", "yes", "injection", "upper_arm:bilateral", "2024-09-20", "2024-08-28", "yes", "HD", "yes", "yes", "no", "yes", "35.1"),
    ("P07", "yes", "yes", "thermal", "knee:left", "2025-02", "2024-12-25", "yes", "HD", "yes", "no", "no", "no", "26.5"),
    ("P08", "yes", "yes", "accidental;injection", "thigh:right", "2026-01-12", "2017", "yes", "PD", "yes", "yes", "yes", "yes", "41.3"),
    ("P09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.2"),
    ("P10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "23.1"),
    ("P11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("P12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.5"),
    ("P13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.7"),
    ("P14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.8"),
    ("P15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("P16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "no", "25.0"),
    ("P17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "32.6"),
    ("P18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.0"),
    ("P19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "21.4"),
    ("P20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.4"),
]
