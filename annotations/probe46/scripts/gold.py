"""Patient-level gold for annotations/probe46 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("G01", "yes", "yes", "injection", "abdomen:left", "2019-11-20", "2019-11-04", "yes", "HD", "no", "no", "no", "yes", "40.8"),
    ("G02", "yes", "yes", "thermal", "shoulder:right", "2020-12-24", "2020-11-26", "yes", "PD", "yes", "yes", "no", "yes", "32.1"),
    ("G03", "yes", "yes", "pressure", "elbow:left", "2022-09", "2022-06", "yes", "HD", "no", "no", "yes", "no", "26.5"),
    ("G04", "yes", "yes", "procedure", "groin:right", "2023-03-20", "2023-03-02", "yes", "HD", "yes", "no", "yes", "yes", "36.4"),
    ("G05", "yes", "yes", "accidental", "thigh:right", "2024-01", "2023-12-31", "yes", "HD", "yes", "yes", "no", "no", "29.6"),
    ("G06", "yes", "yes", "injection", "upper_arm:bilateral", "2024-08-02", "2017", "yes", "PD", "yes", "yes", "no", "yes", "31.6"),
    ("G07", "yes", "yes", "thermal", "ankle:left", "2025-05-06", "2025-04-20", "no", "none", "no", "no", "yes", "yes", "44.2"),
    ("G08", "yes", "yes", "pressure", "breast:left", "2018-08", "2018-04", "yes", "HD", "yes", "yes", "no", "yes", "46.5"),
    ("G09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("G10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.1"),
    ("G11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "33.4"),
    ("G12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.3"),
    ("G13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "30.2"),
    ("G14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "52.0"),
    ("G15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.4"),
    ("G16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.2"),
    ("G17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "22.0"),
    ("G18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.8"),
    ("G19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.4"),
    ("G20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "25.9"),
]
