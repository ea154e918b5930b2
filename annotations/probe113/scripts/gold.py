"""Patient-level gold for annotations/probe113 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("I01", "yes", "yes", "injection", "abdomen:bilateral", "2021-03-16", "2021-03-02", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("I02", "yes", "yes", "thermal", "groin:right", "2022-12-30", "2022-12-24", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("I03", "yes", "yes", "pressure", "upper_arm:left", "2019-06-18", "2019-06-03", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("I04", "yes", "yes", "procedure", "chest:right", "2020-09", "2020-08-11", "yes", "HD", "yes", "yes", "yes", "yes", "36.2"),
    ("I05", "yes", "yes", "accidental", "lower_leg:right", "2023-06", "2023", "yes", "HD", "no", "no", "no", "no", "24.6"),
    ("I06", "yes", "yes", "injection", "buttock:unspecified", "2024-11-28", "2024-11-02", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("I07", "yes", "yes", "thermal", "flank:bilateral", "2022-01", "2021", "yes", "HD", "yes", "no", "yes", "yes", "41.0"),
    ("I08", "yes", "yes", "pressure", "lower_leg:left", "2025-03-01", "2025-02-10", "yes", "HD", "yes", "yes", "no", "yes", "44.5"),
    ("I09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("I10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "22.0"),
    ("I11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.5"),
    ("I12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "48.3"),
    ("I13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.0"),
    ("I14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "29.8"),
    ("I15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "no", "28.4"),
    ("I16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "30.2"),
    ("I17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.0"),
    ("I18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "29.0"),
    ("I19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
    ("I20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.7"),
]
