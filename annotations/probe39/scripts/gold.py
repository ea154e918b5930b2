"""Patient-level gold for annotations/probe39 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("T01", "yes", "yes", "injection", "abdomen:left", "2019-07-12", "2019-06-04", "yes", "HD", "no", "no", "no", "yes", "32.9"),
    ("T02", "yes", "yes", "pressure", "thigh:right", "2021-05-03", "2021-03", "yes", "PD", "yes", "yes", "no", "yes", "36"),
    ("T03", "yes", "yes", "accidental", "lower_leg:left", "2022-12", "2022-11-24", "yes", "HD", "no", "no", "yes", "no", "27.4"),
    ("T04", "yes", "yes", "procedure", "forearm:right", "2020-03", "2020-02-11", "yes", "HD", "yes", "no", "yes", "no", "29.5"),
    ("T05", "yes", "yes", "thermal", "back:right", "2023-02-14", "2023-01-09", "yes", "PD", "yes", "yes", "no", "no", "29.6"),
    ("T06", "yes", "yes", "injection", "upper_arm:left", "2024-09-21", "2024-09-02", "yes", "HD", "no", "no", "no", "yes", "41"),
    ("T07", "yes", "yes", "pressure", "ankle:right", "2025-02-03", "2025-01-02", "yes", "HD", "yes", "yes", "yes", "yes", "34.0"),
    ("T08", "yes", "yes", "accidental", "knee:left", "2021-08", "2021-07", "yes", "HD", "no", "no", "no", "no", "28.4"),
    ("T09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.5"),
    ("T10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("T11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "44.1"),
    ("T12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.5"),
    ("T13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "47.8"),
    ("T14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.2"),
    ("T15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "30.4"),
    ("T16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "29.0"),
    ("T17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", ""),
    ("T18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("T19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "22.3"),
    ("T20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "30.0"),
]
