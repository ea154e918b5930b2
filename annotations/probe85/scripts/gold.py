"""Patient-level gold for annotations/probe85 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "abdomen:right", "2019-06-24", "2019-06-03", "yes", "HD", "yes", "no", "yes", "yes", "35.9"),
    ("E02", "yes", "yes", "thermal", "lower_leg:bilateral", "2022-01", "2021-11-25", "yes", "PD", "yes", "yes", "no", "no", "27.3"),
    ("E03", "yes", "yes", "pressure", "lower_leg:left", "2023-05-02", "2023-03-07", "yes", "HD", "no", "no", "yes", "yes", "34.0"),
    ("E04", "yes", "yes", "procedure", "thigh:right", "2020-11", "2020-09-14", "yes", "HD", "yes", "yes", "yes", "yes", "30"),
    ("E05", "yes", "yes", "accidental", "knee:right", "2023-01-19", "2022-12-31", "yes", "HD", "no", "no", "no", "no", "23.8"),
    ("E06", "yes", "yes", "injection", "upper_arm:left", "2024-12", "2017", "yes", "PD", "yes", "yes", "no", "yes", "40.7"),
    ("E07", "yes", "yes", "pressure", "ankle:right", "2021-09", "2021-08-12", "yes", "HD", "yes", "yes", "no", "no", "29.6"),
    ("E08", "yes", "yes", "procedure;thermal", "groin:left", "2018-10-26", "2018-10-09", "yes", "HD", "no", "no", "yes", "yes", ""),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.5"),
    ("E10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.0"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.6"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.0"),
    ("E15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "22.0"),
    ("E16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.6"),
    ("E17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("E18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "28.0"),
    ("E19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "31.9"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.8"),
]
