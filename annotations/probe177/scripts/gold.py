"""Patient-level gold for annotations/probe177 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "thigh:right", "2019-05-30", "2019-03-12", "yes", "HD", "yes", "yes", "no", "yes", "30.8"),
    ("C02", "yes", "yes", "injection", "genitals:left", "2020-11-26", "2020-10", "yes", "PD", "yes", "no", "no", "no", "26.9"),
    ("C03", "yes", "yes", "procedure", "flank:right", "2022-05", "2022-04-02", "yes", "HD", "no", "no", "yes", "no", "24.5"),
    ("C04", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-09-04", "2023", "yes", "HD", "yes", "yes", "no", "no", "25.9"),
    ("C05", "yes", "yes", "pressure", "groin:left", "2019-01-21", "2018-08", "no", "none", "yes", "no", "yes", "yes", "40.6"),
    ("C06", "yes", "yes", "thermal", "abdomen:unspecified", "2021-07-09", "2021-05-31", "yes", "HD", "no", "no", "no", "yes", "32.8"),
    ("C07", "yes", "yes", "accidental", "hip:left", "2025-01", "2024-12-24", "yes", "PD", "yes", "no", "yes", "no", "27.9"),
    ("C08", "yes", "yes", "procedure", "buttock:left", "2017-09-21", "2017-08-22", "yes", "HD", "no", "no", "no", "yes", "29.6"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("C10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.4"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "34.9"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.2"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.4"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.1"),
    ("C15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "35.8"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "21.9"),
    ("C17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.6"),
    ("C18", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "24.0"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "29.9"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
]
