"""Patient-level gold for annotations/probe68 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("T01", "yes", "yes", "injection", "abdomen:left", "2019-07-30", "2019-07-08", "yes", "HD", "no", "no", "yes", "yes", "36.2"),
    ("T02", "yes", "yes", "thermal", "back:right", "2021-12-14", "2021-11-25", "yes", "PD", "yes", "yes", "no", "no", "29.6"),
    ("T03", "yes", "yes", "pressure", "lower_leg:right", "2023-04-02", "2023-03", "yes", "HD", "yes", "no", "yes", "yes", "30.2"),
    ("T04", "yes", "yes", "procedure", "groin:left", "2020-03", "2020-02-11", "yes", "HD", "no", "no", "no", "no", "24.1"),
    ("T05", "yes", "yes", "accidental", "lower_leg:left", "2023-01-06", "2022-12-24", "yes", "PD", "yes", "yes", "no", "yes", "41.7"),
    ("T06", "yes", "yes", "injection", "thigh:bilateral", "2020-05-07", "2017", "yes", "HD", "yes", "yes", "no", "yes", "38.5"),
    ("T07", "yes", "yes", "thermal", "shoulder:left", "2024-10-29", "2024-10", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("T08", "yes", "yes", "procedure", "thigh:left", "2025-07-04", "2025-06-03", "yes", "HD", "yes", "no", "no", "yes", "33.0"),
    ("T09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.9"),
    ("T10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("T11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("T12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.3"),
    ("T13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("T14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "37.0"),
    ("T15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.8"),
    ("T16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "23.0"),
    ("T17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("T18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "35.1"),
    ("T19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", ""),
    ("T20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.9"),
]
