"""Patient-level gold for annotations/probe195 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:right", "2022-10-03", "2022-08-10", "yes", "PD", "yes", "yes", "no", "yes", "33.1"),
    ("C02", "yes", "yes", "thermal", "thigh:bilateral", "2021-03", "2021-01", "yes", "PD", "no", "no", "yes", "yes", "30.0"),
    ("C03", "yes", "yes", "pressure", "flank:left", "2023-08-30", "2023-06-12", "yes", "PD", "yes", "no", "no", "no", "28.4"),
    ("C04", "yes", "yes", "procedure", "abdomen:left", "2020-12-25", "2020-11-04", "yes", "PD", "yes", "yes", "yes", "yes", "35.8"),
    ("C05", "yes", "yes", "accidental", "thigh:left", "2023-12", "2023-11-24", "yes", "PD", "no", "no", "no", "no", "24.6"),
    ("C06", "yes", "yes", "injection", "upper_arm:left", "2018-06-22", "2018-04-17", "yes", "PD", "yes", "no", "no", "yes", "31.5"),
    ("C07", "yes", "yes", "thermal", "abdomen:unspecified", "2019-01", "2018", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("C08", "yes", "yes", "injection", "upper_arm:right", "2022-01-04", "2021-09", "yes", "PD", "yes", "yes", "no", "no", "27.1"),
    ("C09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.9"),
    ("C10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.0"),
    ("C11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "40.6"),
    ("C12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "29.4"),
    ("C13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "33.4"),
    ("C14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.2"),
    ("C15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.8"),
    ("C16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "26.7"),
    ("C17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "34.2"),
    ("C18", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.0"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "27.6"),
    ("C20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "22.4"),
]
