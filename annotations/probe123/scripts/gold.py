"""Patient-level gold for annotations/probe123 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("G01", "yes", "yes", "injection", "thigh:left", "2021-03-24", "2020-01", "yes", "HD", "yes", "yes", "no", "yes", "35.1"),
    ("G02", "yes", "yes", "thermal", "back:bilateral", "2022-11-24", "2022", "yes", "PD", "no", "no", "yes", "no", "27.1"),
    ("G03", "yes", "yes", "pressure", "lower_leg:right", "2023-10", "2023-09-05", "yes", "HD", "yes", "no", "no", "yes", "41.8"),
    ("G04", "yes", "yes", "procedure", "knee:left", "2019-08", "2019-06-11", "yes", "PD", "yes", "yes", "yes", "yes", "32.6"),
    ("G05", "yes", "yes", "accidental", "forearm:right", "2024-02-17", "2024-02-03", "yes", "HD", "no", "no", "yes", "yes", "29.6"),
    ("G06", "yes", "yes", "injection", "upper_arm:bilateral", "2025-03-09", "2025-03-02", "yes", "HD", "yes", "yes", "no", "yes", "38.3"),
    ("G07", "yes", "yes", "thermal", "shoulder:left", "2020-06", "2020-05-25", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("G08", "yes", "yes", "pressure", "abdomen:unspecified", "2026-04-05", "2026-01", "yes", "HD", "yes", "no", "no", "yes", "31.7"),
    ("G09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.7"),
    ("G10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "28.4"),
    ("G11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.6"),
    ("G12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "47.0"),
    ("G13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.2"),
    ("G14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "38.1"),
    ("G15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "38.2"),
    ("G16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "no", "28.8"),
    ("G17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "33.5"),
    ("G18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("G19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "28.6"),
    ("G20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "49.8"),
]
