"""Patient-level gold for annotations/probe65 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("P01", "yes", "yes", "injection", "abdomen:left", "2020-10-13", "2020-09-07", "yes", "HD", "yes", "yes", "no", "yes", "32.9"),
    ("P02", "yes", "yes", "thermal", "knee:left", "2019-10", "2019-09-17", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("P03", "yes", "yes", "pressure", "thigh:right", "2022-07-04", "2022-06-02", "yes", "HD", "yes", "no", "no", "yes", "40.6"),
    ("P04", "yes", "yes", "procedure", "knee:right", "2025-04", "2025-03-03", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("P05", "yes", "yes", "accidental", "lower_leg:left", "2018-12-01", "2018-11-19", "yes", "HD", "no", "no", "yes", "no", "22.1"),
    ("P06", "yes", "yes", "injection", "upper_arm:left", "2019-08-12", "2019", "yes", "PD", "yes", "yes", "no", "yes", ""),
    ("P07", "yes", "yes", "thermal", "back:right", "2024-02-06", "2023-12-25", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("P08", "yes", "yes", "pressure", "ankle:right", "2020-09-14", "2020-08", "yes", "HD", "yes", "yes", "yes", "no", "26.0"),
    ("P09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.9"),
    ("P10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "24.0"),
    ("P11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "31.0"),
    ("P12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.9"),
    ("P13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "44.0"),
    ("P14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "23.0"),
    ("P15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("P16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "33.0"),
    ("P17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "29.8"),
    ("P18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "36.0"),
    ("P19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.5"),
    ("P20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "31.5"),
]
