"""Patient-level gold for annotations/probe159 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "upper_arm:right", "2016-11-21", "2016-09-12", "yes", "PD", "no", "no", "no", "no", "24.8"),
    ("C02", "yes", "yes", "thermal", "flank:left", "2020-02-03", "2020-01-01", "yes", "HD", "no", "no", "yes", "yes", "31.6"),
    ("C03", "yes", "yes", "procedure", "groin:right", "2022-10", "2022-08-04", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("C04", "yes", "yes", "accidental", "thigh:left", "2017-03-21", "2017-03-08", "yes", "HD", "yes", "no", "yes", "no", "29.5"),
    ("C05", "yes", "yes", "injection", "abdomen:unspecified", "2019-09-02", "2017", "yes", "HD", "yes", "yes", "no", "yes", "44.1"),
    ("C06", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-05-29", "2023-03", "no", "none", "no", "no", "yes", "yes", "38.0"),
    ("C07", "yes", "yes", "thermal", "buttock:right", "2024-03-17", "2024-02", "yes", "HD", "yes", "no", "no", "yes", "29.1"),
    ("C08", "yes", "yes", "procedure", "thigh:left", "2021-06", "2021-06-02", "yes", "PD", "yes", "yes", "yes", "yes", "32.0"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.0"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "47.1"),
    ("C12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "33.3"),
    ("C15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "39.6"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "22.7"),
    ("C17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "28.2"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.3"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "30.1"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.7"),
]
