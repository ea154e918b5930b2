"""Patient-level gold for annotations/probe173 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "thermal", "thigh:right", "2019-04-05", "2019-03-12", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("E02", "yes", "yes", "pressure", "upper_arm:right", "2021-05-31", "2021-05-11", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("E03", "yes", "yes", "injection", "abdomen:left", "2022-04", "2022-03", "no", "none", "yes", "no", "yes", "yes", "35.8"),
    ("E04", "yes", "yes", "procedure", "breast:left", "2020-07-04", "2020-06-09", "yes", "PD", "yes", "yes", "no", "yes", "41.2"),
    ("E05", "yes", "yes", "accidental", "buttock:left", "2024-12", "2024-11-21", "yes", "HD", "yes", "no", "yes", "yes", "31.0"),
    ("E06", "yes", "yes", "injection", "flank:right", "2018-02-13", "2016", "yes", "PD", "yes", "yes", "no", "yes", "44.2"),
    ("E07", "yes", "yes", "thermal", "hip:left", "2017-09-04", "2017-08-23", "yes", "HD", "no", "no", "yes", "no", "27.5"),
    ("E08", "yes", "yes", "pressure", "lower_leg:bilateral", "2025-01-24", "2025-01-08", "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.6"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.2"),
    ("E11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "33.5"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.4"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.7"),
    ("E14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "39.5"),
    ("E15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "31.2"),
    ("E16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.4"),
    ("E17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "26.0"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.0"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", ""),
    ("E20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "28.3"),
]
