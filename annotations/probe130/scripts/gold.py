"""Patient-level gold for annotations/probe130 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("S01", "yes", "yes", "injection", "abdomen:left", "2022-11-06", "2021-02", "yes", "HD", "yes", "yes", "no", "no", "27.1"),
    ("S02", "yes", "yes", "injection", "buttock:bilateral", "2020-09-07", "2020-04", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
    ("S03", "yes", "yes", "thermal", "abdomen:unspecified", "2020-01-01", "2019-11-28", "yes", "HD", "yes", "yes", "no", "no", "24.2"),
    ("S04", "yes", "yes", "injection;pressure", "flank:right", "2023-08-09", "2019-05", "yes", "HD", "yes", "yes", "yes", "yes", "37.9"),
    ("S05", "yes", "yes", "procedure", "upper_arm:left", "2024-02-21", "2023-10-24", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("S06", "yes", "yes", "accidental", "lower_leg:right", "2024-12", "2024-11-28", "yes", "HD", "yes", "yes", "yes", "yes", "33.5"),
    ("S07", "yes", "yes", "injection", "thigh:left", "2022-05-30", "2021-09", "no", "none", "yes", "no", "yes", "yes", "29.6"),
    ("S08", "yes", "yes", "procedure", "thigh:right", "2019-10", "2017", "yes", "HD", "yes", "yes", "no", "no", "28.2"),
    ("S09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.5"),
    ("S10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "26.0"),
    ("S11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "40.6"),
    ("S12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("S13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.4"),
    ("S14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22.8"),
    ("S15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "25.5"),
    ("S16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "33.3"),
    ("S17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", ""),
    ("S18", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.4"),
    ("S19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "24.1"),
    ("S20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "36.8"),
]
