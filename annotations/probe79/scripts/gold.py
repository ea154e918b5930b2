"""Patient-level gold for annotations/probe79 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("G01", "yes", "yes", "injection", "abdomen:right", "2019-02-25", "2019-02-04", "yes", "HD", "yes", "yes", "no", "yes", "40.7"),
    ("G02", "yes", "yes", "pressure", "forearm:right", "2021-12-14", "2021-11-25", "yes", "HD", "no", "no", "yes", "no", "24.6"),
    ("G03", "yes", "yes", "thermal", "knee:left", "2023-04-10", "2023-03", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("G04", "yes", "yes", "procedure", "abdomen:left", "2018-07", "2018-06-12", "yes", "HD", "yes", "yes", "yes", "yes", "29.4"),
    ("G05", "yes", "yes", "accidental", "lower_leg:right", "2020-01-17", "2019-12-31", "yes", "HD", "yes", "yes", "no", "no", "27.2"),
    ("G06", "yes", "yes", "injection", "thigh:bilateral", "2024-06", "2024-05-02", "yes", "HD", "no", "no", "no", "yes", "44.8"),
    ("G07", "yes", "yes", "pressure", "hip:right", "2025-09-15", "2025-09-01", "yes", "HD", "yes", "yes", "yes", "no", "28.4"),
    ("G08", "yes", "yes", "thermal", "back:right", "2018-09-22", "2018-09-03", "yes", "HD", "yes", "no", "no", "yes", "35.2"),
    ("G09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("G10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.1"),
    ("G11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("G12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "46.0"),
    ("G13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "33.5"),
    ("G14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "19.8"),
    ("G15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "31.2"),
    ("G16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "25.5"),
    ("G17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", ""),
    ("G18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.9"),
    ("G19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.0"),
    ("G20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "40.0"),
]
