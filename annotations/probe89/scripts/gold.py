"""Patient-level gold for annotations/probe89 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("I01", "yes", "yes", "injection", "abdomen:left", "2021-06-24", "2021-06-04", "yes", "HD", "yes", "yes", "no", "yes", "34.6"),
    ("I02", "yes", "yes", "procedure", "flank:right", "2019-12", "2019-11-28", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("I03", "yes", "yes", "accidental", "forearm:left", "2022-08", "2022-07-04", "yes", "HD", "no", "no", "no", "no", "24.1"),
    ("I04", "yes", "yes", "pressure", "hip:bilateral", "2020-03-01", "2020-02-09", "yes", "PD", "yes", "yes", "no", "yes", "28.8"),
    ("I05", "yes", "yes", "thermal", "back:right", "2024-01-20", "2023-12-25", "yes", "HD", "no", "no", "yes", "no", "27.0"),
    ("I06", "yes", "yes", "injection", "thigh:left", "2024-10", "2016", "yes", "HD", "yes", "yes", "no", "yes", "42.8"),
    ("I07", "yes", "yes", "procedure", "chest:left", "2018-10", "2018-09-12", "yes", "PD", "no", "no", "yes", "no", "29.9"),
    ("I08", "yes", "yes", "accidental;thermal", "knee:left", "2025-03-20", "2025-03-02", "yes", "HD", "yes", "no", "yes", "yes", "33.1"),
    ("I09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.8"),
    ("I10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("I11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.2"),
    ("I12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "46.9"),
    ("I13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("I14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.4"),
    ("I15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.4"),
    ("I16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", ""),
    ("I17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.5"),
    ("I18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("I19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.0"),
    ("I20", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "30.6"),
]
