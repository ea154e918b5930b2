"""Patient-level gold for annotations/probe251 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "thigh:left", "2021-09-19", "2021-09-01", "yes", "HD", "yes", "yes", "no", "yes", "32.9"),
    ("E02", "yes", "yes", "thermal", "knee:left", "2020-09-06", "2020-08-16", "yes", "HD", "no", "no", "yes", "no", "26.1"),
    ("E03", "yes", "yes", "pressure", "thigh:bilateral", "2019-09-13", "2019-09-02", "yes", "HD", "yes", "no", "no", "yes", "44.6"),
    ("E04", "yes", "yes", "procedure", "forearm:right", "2023-07-25", "2023-07-16", "yes", "HD", "no", "no", "yes", "no", "27.6"),
    ("E05", "yes", "yes", "accidental", "lower_leg:left", "2024-11-28", "2024-11-09", "yes", "HD", "no", "no", "no", "no", "24.5"),
    ("E06", "yes", "yes", "injection", "upper_arm:right", "2022-10", "2022-10-02", "yes", "PD", "yes", "yes", "no", "yes", "35.7"),
    ("E07", "yes", "yes", "thermal", "flank:right", "2017-10-01", "2017-09-16", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("E08", "yes", "yes", "injection", "abdomen:right", "2018-10-24", "2018-10-14", "yes", "HD", "no", "no", "no", "yes", "31.5"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.9"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.3"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.8"),
    ("E12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "34.5"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.8"),
    ("E15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "31.8"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "21.4"),
    ("E17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "26.8"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.6"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
]
