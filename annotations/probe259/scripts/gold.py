"""Patient-level gold for annotations/probe259 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("G01", "yes", "yes", "injection", "buttock:left", "2023-03-04", "2023-02-07", "yes", "PD", "yes", "yes", "no", "yes", "32.8"),
    ("G02", "yes", "yes", "thermal", "flank:left", "2024-01", "2023-12-25", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("G03", "yes", "yes", "pressure", "thigh:right", "2021-08-09", "2021-07-12", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("G04", "yes", "yes", "procedure", "breast:left", "2019-05-02", "2019-04-10", "yes", "HD", "no", "no", "yes", "yes", "41.2"),
    ("G05", "yes", "yes", "accidental;thermal", "lower_leg:right", "2022-12", "2022-11-24", "yes", "HD", "yes", "no", "yes", "no", "24.0"),
    ("G06", "yes", "yes", "injection", "upper_arm:bilateral", "2024-03-17", "2019", "yes", "HD", "yes", "yes", "no", "yes", "39.5"),
    ("G07", "yes", "yes", "pressure", "hip:right", "2020-09-22", "2020-08-27", "yes", "HD", "yes", "no", "no", "yes", "44.3"),
    ("G08", "yes", "yes", "procedure", "groin:right", "2018-07", "2018-06-10", "no", "none", "no", "no", "yes", "no", "29.5"),
    ("G09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.6"),
    ("G10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "38.0"),
    ("G11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    ("G12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.1"),
    ("G13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.8"),
    ("G14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", ""),
    ("G15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.0"),
    ("G16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "19.8"),
    ("G17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "35.5"),
    ("G18", "no", "no", "", "", "", "", "yes", "none", "yes", "yes", "no", "no", "26.0"),
    ("G19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.0"),
    ("G20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.0"),
]
