"""Patient-level gold for annotations/probe60 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("G01", "yes", "yes", "injection", "upper_arm:right", "2019-05-07", "2019-02", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("G02", "yes", "yes", "thermal", "knee:left", "2020-12-15", "2020-11-26", "yes", "PD", "no", "no", "yes", "no", "27.1"),
    ("G03", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-03-30", "2023-03-09", "yes", "HD", "yes", "yes", "no", "yes", "39.8"),
    ("G04", "yes", "yes", "procedure", "flank:left", "2022-08", "2022-07-19", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("G05", "yes", "yes", "accidental", "thigh:right", "2025-01-10", "2024-12-25", "yes", "HD", "no", "no", "yes", "no", "22.4"),
    ("G06", "yes", "yes", "injection", "abdomen:right", "2021-07-22", "2021-06", "yes", "HD", "yes", "no", "no", "no", "29.6"),
    ("G07", "yes", "yes", "thermal", "shoulder:right", "2018-09-29", "2018-09-06", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("G08", "yes", "yes", "pressure", "upper_arm:left", "2025-03-16", "2025-03-02", "yes", "PD", "no", "no", "yes", "yes", "44.0"),
    ("G09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("G10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.6"),
    ("G11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.0"),
    ("G12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.4"),
    ("G13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "36.7"),
    ("G14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("G15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.8"),
    ("G16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "24.0"),
    ("G17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("G18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("G19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("G20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.1"),
]
