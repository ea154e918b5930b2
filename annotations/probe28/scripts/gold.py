"""Patient-level gold for annotations/probe28 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("R01", "yes", "yes", "injection", "abdomen:left", "2020-01-21", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("R02", "yes", "yes", "thermal", "flank:right", "2022-01", "2021-11-25", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("R03", "yes", "yes", "pressure", "lower_leg:left", "2023-04-09", "2023-03-02", "yes", "HD", "no", "no", "no", "yes", "30.0"),
    ("R04", "yes", "yes", "procedure", "upper_arm:right", "2018-10", "2018-08-14", "yes", "none", "no", "no", "yes", "no", "22.8"),
    ("R05", "yes", "yes", "accidental", "hip:right", "2025-01-14", "2024-12-31", "yes", "HD", "yes", "yes", "no", "yes", "35.1"),
    ("R06", "yes", "yes", "injection", "thigh:bilateral", "2020-11-02", "2020-09", "yes", "HD", "no", "no", "yes", "yes", "28.4"),
    ("R07", "yes", "yes", "thermal", "knee:left", "2019-10-31", "2019", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("R08", "yes", "yes", "pressure", "breast:left", "2024-06-15", "2024-04", "yes", "HD", "yes", "no", "yes", "yes", "38.7"),
    ("R09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("R10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "24.3"),
    ("R11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.0"),
    ("R12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.0"),
    ("R13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "30.4"),
    ("R14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "21.0"),
    ("R15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("R16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.9"),
    ("R17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "28"),
    ("R18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.5"),
    ("R19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "19.8"),
    ("R20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.9"),
]
