"""Patient-level gold for annotations/probe96 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("P01", "yes", "yes", "injection", "thigh:left", "2021-10-20", "2021-06", "yes", "HD", "no", "no", "no", "no", "23.8"),
    ("P02", "yes", "yes", "thermal", "flank:right", "2022-12-31", "2022-11-24", "yes", "PD", "yes", "no", "yes", "yes", "31.2"),
    ("P03", "yes", "yes", "pressure", "ankle:left", "2020-04", "2020-03-02", "yes", "HD", "no", "no", "no", "no", "27.4"),
    ("P04", "yes", "yes", "procedure", "buttock:right", "2019-09", "2019-08-14", "yes", "HD", "yes", "yes", "no", "yes", "35.6"),
    ("P05", "yes", "yes", "accidental", "knee:left", "2023-02-27", "2023-02-14", "yes", "HD", "no", "no", "yes", "no", "22.0"),
    ("P06", "yes", "yes", "injection", "abdomen:right", "2024-05-28", "2024-01-09", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("P07", "yes", "yes", "thermal", "lower_leg:bilateral", "2025-01-20", "2024-12", "yes", "HD", "no", "no", "no", "no", "19.6"),
    ("P08", "yes", "yes", "pressure", "abdomen:bilateral", "2019-10-01", "2019-09-02", "yes", "HD", "yes", "yes", "no", "yes", "38.3"),
    ("P09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.3"),
    ("P10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.2"),
    ("P11", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "33.5"),
    ("P12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.8"),
    ("P13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.1"),
    ("P14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "21.0"),
    ("P15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.9"),
    ("P16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("P17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.6"),
    ("P18", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "25.5"),
    ("P19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "23.0"),
    ("P20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
]
