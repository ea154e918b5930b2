"""Patient-level gold for annotations/probe110 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("G01", "yes", "yes", "injection", "abdomen:left", "2021-04-01", "2020-09", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("G02", "yes", "yes", "thermal", "lower_leg:bilateral", "2023-01", "2022-11-24", "yes", "PD", "yes", "yes", "yes", "no", "29.9"),
    ("G03", "yes", "yes", "pressure", "flank:right", "2019-10-03", "2019-06", "yes", "HD", "yes", "yes", "no", "no", "23.8"),
    ("G04", "yes", "yes", "procedure", "abdomen:unspecified", "2023-04-02", "2023-02-08", "yes", "HD", "yes", "no", "yes", "yes", "41.3"),
    ("G05", "yes", "yes", "accidental", "lower_leg:left", "2025-01-10", "2024-12-31", "yes", "PD", "yes", "yes", "yes", "yes", "30.0"),
    ("G06", "yes", "yes", "injection", "upper_arm:bilateral", "2024-02", "2019", "yes", "HD", "yes", "yes", "no", "no", "28.1"),
    ("G07", "yes", "yes", "injection", "buttock:left", "2022-11-20", "2022-03-14", "yes", "PD", "yes", "yes", "no", "no", "22.0"),
    ("G08", "yes", "yes", "pressure", "breast:left", "2020-08-12", "2020-06", "yes", "HD", "yes", "yes", "yes", "yes", "36.5"),
    ("G09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.1"),
    ("G10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("G11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.9"),
    ("G12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.5"),
    ("G13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.0"),
    ("G14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.1"),
    ("G15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.0"),
    ("G16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "28.8"),
    ("G17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.0"),
    ("G18", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "23.9"),
    ("G19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.7"),
    ("G20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.2"),
]
