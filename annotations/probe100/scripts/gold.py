"""Patient-level gold for annotations/probe100 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:left", "2019-03-19", "2019-03-04", "yes", "HD", "no", "no", "yes", "yes", "31.2"),
    ("C02", "yes", "yes", "thermal", "thigh:bilateral", "2021-01-01", "2020-11-26", "yes", "PD", "yes", "yes", "yes", "no", "29.6"),
    ("C03", "yes", "yes", "pressure", "flank:left", "2022-09-24", "2022-08", "yes", "HD", "yes", "no", "no", "yes", "34.5"),
    ("C04", "yes", "yes", "procedure", "lower_leg:right", "2023-04", "2023-02-14", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
    ("C05", "yes", "yes", "accidental", "knee:left", "2024-09-28", "2024-09-02", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("C06", "yes", "yes", "injection", "upper_arm:bilateral", "2021-05", "2019-03", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("C07", "yes", "yes", "thermal", "back:unspecified", "2024-12-24", "2024", "yes", "PD", "no", "no", "no", "no", "24.8"),
    ("C08", "yes", "yes", "pressure", "lower_leg:bilateral", "2018-08-22", "2018-06-15", "yes", "PD", "yes", "no", "yes", "yes", "35.0"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "33.1"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("C11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "44.2"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.4"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.9"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("C15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "27.9"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.1"),
    ("C17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "31.8"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.5"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "36.0"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "32.5"),
]
