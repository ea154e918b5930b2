"""Patient-level gold for annotations/probe268 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("S01", "yes", "yes", "injection", "abdomen:left", "2023-03-18", "2022-11", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("S02", "yes", "yes", "procedure", "back:right", "2024-06-24", "2024-06-10", "yes", "PD", "no", "no", "yes", "yes", "31.4"),
    ("S03", "yes", "yes", "thermal", "lower_leg:left", "2022-02", "2021", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("S04", "yes", "yes", "injection", "upper_arm:right", "2020-11-05", "2020-10-14", "yes", "HD", "yes", "no", "yes", "no", "28.4"),
    ("S05", "yes", "yes", "pressure", "flank:bilateral", "2023-04", "2023-01", "yes", "HD", "yes", "yes", "no", "yes", "41.2"),
    ("S06", "yes", "yes", "accidental", "thigh:left", "2021-09-12", "2021-06", "yes", "HD", "no", "no", "no", "yes", "33.0"),
    ("S07", "yes", "yes", "procedure", "buttock:right", "2019-05-28", "2019-05-02", "yes", "PD", "yes", "no", "yes", "no", "27.5"),
    ("S08", "yes", "yes", "thermal", "knee:left", "2025-01", "2024-12-25", "yes", "HD", "yes", "yes", "no", "yes", "31.9"),
    ("S09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.7"),
    ("S10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "no", "26.1"),
    ("S11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.0"),
    ("S12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.4"),
    ("S13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.3"),
    ("S14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "34.6"),
    ("S15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("S16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", ""),
    ("S17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "27.0"),
    ("S18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("S19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.5"),
    ("S20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", ""),
]
