"""Patient-level gold for annotations/probe11 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("I01", "yes", "yes", "injection", "flank:left", "2024-01-02", "2021-08", "yes", "HD", "yes", "yes", "no", "yes", "30.9"),
    ("I02", "yes", "yes", "injection", "upper_arm:right", "2023-05-21", "2023-05-03", "yes", "PD", "no", "no", "yes", "no", "27.6"),
    ("I03", "yes", "yes", "injection", "thigh:left", "2022-04-02", "2022-02-08", "yes", "PD", "no", "no", "no", "no", "29.9"),
    ("I04", "yes", "yes", "injection", "buttock:right", "2023-10-23", "2020", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("I05", "yes", "yes", "thermal", "hand:left", "2024-03-22", "2024-03-03", "yes", "HD", "yes", "yes", "no", "no", "24.8"),
    ("I06", "yes", "yes", "pressure", "lower_leg:right", "2024-06-11", "2024", "yes", "HD", "no", "no", "no", "yes", "34.2"),
    ("I07", "yes", "yes", "procedure", "breast:left", "2022-10", "2022-09-12", "yes", "HD", "yes", "yes", "no", "yes", "36.8"),
    ("I08", "yes", "yes", "accidental", "genitals:unspecified", "2023-07-03", "2023-06-12", "yes", "HD", "yes", "no", "yes", "no", "26.1"),
    ("I09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.2"),
    ("I10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.4"),
    ("I11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.5"),
    ("I12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "38.0"),
    ("I13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.2"),
    ("I14", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "43.7"),
    ("I15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.6"),
    ("I16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.9"),
    ("I17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.5"),
    ("I18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "35.1"),
    ("I19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("I20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.1"),
]
