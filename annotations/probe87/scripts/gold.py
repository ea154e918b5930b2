"""Patient-level gold for annotations/probe87 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("G01", "yes", "yes", "injection", "upper_arm:left", "2019-11-02", "2019-06", "yes", "HD", "yes", "yes", "no", "no", "27.3"),
    ("G02", "yes", "yes", "thermal", "flank:right", "2020-12-15", "2020-11-26", "yes", "PD", "no", "no", "yes", "yes", "30.0"),
    ("G03", "yes", "yes", "pressure", "lower_leg:bilateral", "2022-05-20", "2022-04", "yes", "HD", "yes", "no", "no", "yes", "29.6"),
    ("G04", "yes", "yes", "procedure", "abdomen:right", "2023-04", "2023-03-08", "yes", "HD", "yes", "yes", "no", "no", "26.1"),
    ("G05", "yes", "yes", "accidental", "knee:right", "2024-07-16", "2024-07-04", "yes", "none", "no", "no", "yes", "no", "22.8"),
    ("G06", "yes", "yes", "injection", "chest:left", "2025-02-24", "2025-02-10", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("G07", "yes", "yes", "thermal", "shoulder:left", "2018-10-03", "2018", "yes", "PD", "yes", "no", "no", "yes", "31.8"),
    ("G08", "yes", "yes", "pressure", "hip:left", "2022-01-09", "2021-12-25", "yes", "HD", "no", "no", "yes", "no", "19.4"),
    ("G09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("G10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.4"),
    ("G11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("G12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "37.5"),
    ("G13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "44.0"),
    ("G14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("G15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("G16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "28.4"),
    ("G17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "26.0"),
    ("G18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "21.1"),
    ("G19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "20.5"),
    ("G20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.4"),
]
