"""Patient-level gold for annotations/probe26 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("G01", "yes", "yes", "injection", "abdomen:left", "2020-08-24", "2020-01-26", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("G02", "yes", "yes", "thermal", "knee:right", "2023-04", "2023-02-06", "yes", "PD", "no", "no", "yes", "no", "29.9"),
    ("G03", "yes", "yes", "pressure", "flank:right", "2022-10-24", "", "yes", "HD", "yes", "yes", "no", "no", "26.8"),
    ("G04", "yes", "yes", "procedure", "groin:right", "2021-08", "2021-06-14", "yes", "HD", "no", "no", "no", "yes", "31.0"),
    ("G05", "yes", "yes", "accidental", "lower_leg:left", "2019-04-22", "2019-03-17", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("G06", "yes", "yes", "injection", "buttock:left", "2024-03-08", "2024-01", "yes", "HD", "yes", "no", "no", "no", "26.1"),
    ("G07", "yes", "yes", "thermal", "back:bilateral", "2018-08-30", "2018-07-12", "yes", "PD", "yes", "yes", "yes", "yes", "34.8"),
    ("G08", "yes", "yes", "pressure", "forearm:right", "2025-01", "2019", "yes", "HD", "yes", "yes", "no", "no", "23.4"),
    ("G09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.8"),
    ("G10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "28.0"),
    ("G11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34"),
    ("G12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "29.6"),
    ("G13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", ""),
    ("G14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "21.8"),
    ("G15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "30.4"),
    ("G16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.0"),
    ("G17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "27"),
    ("G18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24"),
    ("G19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.2"),
    ("G20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.6"),
]
