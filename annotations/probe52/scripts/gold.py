"""Patient-level gold for annotations/probe52 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:left", "2019-11-04", "2019-06-03", "yes", "PD", "yes", "yes", "no", "yes", "31.0"),
    ("C02", "yes", "yes", "thermal", "knee:right", "2020-12-24", "2020-10", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("C03", "yes", "yes", "pressure", "hip:left", "2021-04-29", "2021-03-04", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("C04", "yes", "yes", "procedure", "lower_leg:left", "2023-03", "2023-02-08", "yes", "HD", "yes", "yes", "yes", "no", "29.6"),
    ("C05", "yes", "yes", "accidental", "buttock:left", "2022-05-02", "2022-04-17", "yes", "HD", "no", "no", "yes", "no", "22.4"),
    ("C06", "yes", "yes", "injection", "thigh:right", "2024-08", "2024", "yes", "PD", "yes", "no", "no", "yes", "36.1"),
    ("C07", "yes", "yes", "thermal", "lower_leg:bilateral", "2018-12-26", "2018-11-05", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("C08", "yes", "yes", "pressure", "forearm:left", "2023-10", "2023-08-14", "yes", "HD", "no", "no", "yes", "yes", "30.6"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("C11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "41.3"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "26.0"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "38.0"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "19.8"),
    ("C15", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "24.1"),
    ("C16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.5"),
    ("C17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.0"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.2"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "25.0"),
    ("C20", "no", "no", "", "", "", "", "yes", "none", "yes", "yes", "no", "no", "22.0"),
]
