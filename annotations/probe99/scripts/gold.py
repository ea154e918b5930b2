"""Patient-level gold for annotations/probe99 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("E01", "yes", "yes", "injection", "abdomen:left", "2021-10-27", "2020-06", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("E02", "yes", "yes", "thermal", "back:bilateral", "2022-12-24", "2022-11-24", "yes", "PD", "no", "no", "yes", "no", "29.9"),
    ("E03", "yes", "yes", "pressure", "thigh:left", "2024-03-28", "2024-03-02", "yes", "HD", "yes", "no", "no", "yes", "31.2"),
    ("E04", "yes", "yes", "procedure", "groin:right", "2019-10", "2019-08-14", "yes", "HD", "no", "no", "yes", "no", "27.4"),
    ("E05", "yes", "yes", "accidental", "lower_leg:bilateral", "2025-01-20", "2025-01-09", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("E06", "yes", "yes", "injection", "upper_arm:right", "2023-09-04", "2023-08", "yes", "PD", "no", "no", "yes", "yes", "30.0"),
    ("E07", "yes", "yes", "thermal", "hip:right", "2020-01-28", "2019", "yes", "HD", "yes", "yes", "no", "yes", "38.4"),
    ("E08", "yes", "yes", "pressure", "abdomen:unspecified", "2022-05-30", "2022-03", "yes", "HD", "no", "no", "no", "yes", "42.7"),
    ("E09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.1"),
    ("E10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("E11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "32.5"),
    ("E12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.8"),
    ("E13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "41.0"),
    ("E14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "28.3"),
    ("E15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("E16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "25.0"),
    ("E17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "22.1"),
    ("E18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.9"),
    ("E19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "23.4"),
    ("E20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "19.8"),
]
