"""Patient-level gold for annotations/probe168 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "upper_arm:right", "2019-03-27", "2019-02-04", "yes", "PD", "no", "no", "no", "no", "27.1"),
    ("C02", "yes", "yes", "pressure", "thigh:left", "2023-05-29", "2023-04-11", "yes", "HD", "yes", "yes", "yes", "yes", "33.1"),
    ("C03", "yes", "yes", "thermal", "lower_leg:left", "2024-01-31", "2023", "yes", "HD", "yes", "no", "no", "no", "24.0"),
    ("C04", "yes", "yes", "procedure", "groin:right", "2020-10", "2020-08-18", "yes", "HD", "yes", "yes", "yes", "yes", "36.0"),
    ("C05", "yes", "yes", "accidental", "hip:left", "2022-01-10", "2021-12-24", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("C06", "yes", "yes", "pressure", "knee:bilateral", "2018-07-04", "2018-06", "yes", "PD", "yes", "yes", "no", "no", "22.4"),
    ("C07", "yes", "yes", "injection", "abdomen:unspecified", "2017-10-22", "2017-09", "yes", "HD", "yes", "yes", "no", "yes", "40.8"),
    ("C08", "yes", "yes", "accidental", "foot:right", "2022-09-21", "2022-09-05", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.8"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "28.9"),
    ("C11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "35.3"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.1"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.5"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.0"),
    ("C15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "26.3"),
    ("C16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "32.7"),
    ("C17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.1"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.4"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "26.0"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "31.4"),
]
