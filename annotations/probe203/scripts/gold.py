"""Patient-level gold for annotations/probe203 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "abdomen:bilateral", "2020-10-02", "2020-09-14", "yes", "HD", "yes", "no", "no", "yes", "32.6"),
    ("E02", "yes", "yes", "injection", "buttock:right", "2019-02", "2019-01-14", "yes", "HD", "no", "no", "yes", "no", "27.8"),
    ("E03", "yes", "yes", "thermal", "back:left", "2022-01-20", "2022-01-06", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("E04", "yes", "yes", "pressure", "flank:left", "2023-11-23", "2023", "yes", "HD", "yes", "yes", "no", "yes", "35.9"),
    ("E05", "yes", "yes", "procedure", "upper_arm:right", "2021-07-30", "2021-06-03", "yes", "PD", "yes", "yes", "no", "yes", "38.4"),
    ("E06", "yes", "yes", "accidental", "thigh:left", "2019-01-01", "2018-12-24", "yes", "HD", "yes", "no", "yes", "no", "26.0"),
    ("E07", "yes", "yes", "injection", "upper_arm:left", "2022-11", "2022-10", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("E08", "yes", "yes", "injection;thermal", "abdomen:right", "2023-05", "2023-03", "yes", "HD", "yes", "yes", "no", "yes", "40.7"),
    ("E09", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "22.9"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "29.9"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.1"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", ""),
    ("E13", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "43.0"),
    ("E14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.5"),
    ("E15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("E16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "34.0"),
    ("E17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.1"),
    ("E18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "32.4"),
    ("E19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "30.1"),
    ("E20", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
]
