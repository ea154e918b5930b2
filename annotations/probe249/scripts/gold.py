"""Patient-level gold for annotations/probe249 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:left", "2021-07-10", "2021-04", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("C02", "yes", "yes", "injection", "buttock:right", "2009-10", "2009-09-14", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("C03", "yes", "yes", "thermal", "shoulder:right", "2020-11-17", "2020-11-02", "yes", "PD", "yes", "no", "yes", "yes", "30.6"),
    ("C04", "yes", "yes", "pressure", "flank:right", "2017-01-09", "2016", "yes", "HD", "yes", "yes", "no", "yes", "33.5"),
    ("C05", "yes", "yes", "procedure", "thigh:right", "2022-05-24", "2022-05-05", "no", "none", "no", "no", "yes", "no", "28.4"),
    ("C06", "yes", "yes", "accidental", "lower_leg:left", "2024-01", "2023-12-25", "yes", "HD", "yes", "yes", "no", "no", "22.7"),
    ("C07", "yes", "yes", "procedure", "breast:left", "2019-03", "2019-02-11", "yes", "PD", "yes", "yes", "yes", "yes", "37.6"),
    ("C08", "yes", "yes", "injection", "thigh:bilateral", "2015-09-07", "2015-07-28", "yes", "HD", "yes", "no", "yes", "yes", "40.7"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.4"),
    ("C10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.0"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.1"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.5"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.5"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "35.8"),
    ("C15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.3"),
    ("C16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.1"),
    ("C17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "33.0"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.8"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "23.9"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "19.7"),
]
