"""Patient-level gold for annotations/probe269 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("T01", "yes", "yes", "injection", "buttock:left", "2023-03-28", "2023-03-07", "yes", "PD", "yes", "yes", "no", "yes", "32.8"),
    ("T02", "yes", "yes", "thermal", "lower_leg:left", "2022-02", "2021-12", "yes", "HD", "no", "no", "yes", "no", "27.4"),
    ("T03", "yes", "yes", "pressure", "foot:right", "2020-10-31", "2020-08", "yes", "HD", "yes", "no", "no", "no", "24.0"),
    ("T04", "yes", "yes", "procedure", "groin:right", "2022-06-01", "2022-05-10", "yes", "HD", "yes", "yes", "yes", "yes", "31.1"),
    ("T05", "yes", "yes", "accidental", "lower_leg:right", "2024-01", "2023-12-31", "yes", "PD", "no", "no", "no", "no", "28.7"),
    ("T06", "yes", "yes", "injection", "thigh:left", "2024-09-03", "2019", "yes", "HD", "yes", "yes", "no", "yes", "37.5"),
    ("T07", "yes", "yes", "injection", "abdomen:right", "2024-10-08", "2024-09-23", "no", "none", "yes", "no", "yes", "yes", "40.6"),
    ("T08", "yes", "yes", "thermal", "foot:bilateral", "2020-01", "2019-11-28", "yes", "HD", "yes", "yes", "no", "no", "26.1"),
    ("T09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("T10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "30.4"),
    ("T11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.6"),
    ("T12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.0"),
    ("T13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.9"),
    ("T14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.2"),
    ("T15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "31.0"),
    ("T16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "22.5"),
    ("T17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.4"),
    ("T18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "33.6"),
    ("T19", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.9"),
    ("T20", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "29.9"),
]
