"""Patient-level gold for annotations/probe20 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("T01", "yes", "yes", "injection", "abdomen:left", "2019-02-14", "2017-09", "yes", "HD", "yes", "yes", "no", "yes", "31.9"),
    ("T02", "yes", "yes", "thermal", "knee:right", "2021-07-29", "2021-06", "yes", "PD", "no", "no", "yes", "no", "28.4"),
    ("T03", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-05", "2023-04-25", "yes", "HD", "yes", "yes", "no", "yes", "35.7"),
    ("T04", "yes", "yes", "procedure", "groin:right", "2021-05-13", "2021-03-12", "yes", "HD", "yes", "yes", "no", "no", "27.2"),
    ("T05", "yes", "yes", "accidental", "forearm:left", "2022-10-04", "2022-09-24", "yes", "HD", "no", "no", "yes", "yes", "41"),
    ("T06", "yes", "yes", "injection", "thigh:bilateral", "2020-01", "2019-12-26", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("T07", "yes", "yes", "accidental;thermal", "shoulder:left", "2024-02-02", "2024-01-08", "yes", "HD", "no", "no", "yes", "no", "25.2"),
    ("T08", "yes", "yes", "pressure", "flank:right", "2025-02-17", "2025-01-29", "yes", "PD", "yes", "yes", "no", "yes", "27.4"),
    ("T09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "32.2"),
    ("T10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.1"),
    ("T11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22"),
    ("T12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.3"),
    ("T13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "38"),
    ("T14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35"),
    ("T15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.3"),
    ("T16", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "21"),
    ("T17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", ""),
    ("T18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.1"),
    ("T19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "31.8"),
    ("T20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "24.1"),
]
