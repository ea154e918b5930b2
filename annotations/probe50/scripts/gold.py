"""Patient-level gold for annotations/probe50 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("I01", "yes", "yes", "injection", "abdomen:left", "2021-11-08", "2021-06", "yes", "HD", "yes", "yes", "no", "yes", "33.9"),
    ("I02", "yes", "yes", "thermal", "back:right", "2020-01-25", "2019-12", "yes", "PD", "no", "no", "yes", "no", "22.8"),
    ("I03", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-03-30", "2023-03-02", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("I04", "yes", "yes", "procedure", "groin:right", "2022-09", "2022-07-12", "yes", "PD", "yes", "yes", "no", "no", "27.1"),
    ("I05", "yes", "yes", "accidental", "lower_leg:right", "2019-08-12", "2019-08-01", "yes", "HD", "yes", "no", "yes", "yes", "35.2"),
    ("I06", "yes", "yes", "injection", "thigh:left", "2018-04", "2018-04-03", "yes", "HD", "no", "no", "yes", "no", "28.9"),
    ("I07", "yes", "yes", "thermal", "knee:left", "2025-04-20", "2024", "yes", "PD", "yes", "yes", "no", "yes", "31.8"),
    ("I08", "yes", "yes", "accidental", "buttock:right", "2021-01", "2020-12-24", "yes", "HD", "yes", "yes", "no", "yes", "41.2"),
    ("I09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.0"),
    ("I10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.5"),
    ("I11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "43.7"),
    ("I12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "29.9"),
    ("I13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.6"),
    ("I14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("I15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "no", "26.0"),
    ("I16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "29.8"),
    ("I17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "24.0"),
    ("I18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("I19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "33.1"),
    ("I20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.0"),
]
