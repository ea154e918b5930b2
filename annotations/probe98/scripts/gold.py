"""Patient-level gold for annotations/probe98 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("T01", "yes", "yes", "injection", "thigh:left", "2022-02-17", "2021-06", "yes", "HD", "yes", "yes", "no", "yes", "30.1"),
    ("T02", "yes", "yes", "thermal", "back:bilateral", "2023-11-23", "2023", "yes", "HD", "no", "no", "yes", "no", "26.8"),
    ("T03", "yes", "yes", "pressure", "lower_leg:right", "2020-10", "2020-09-02", "yes", "PD", "yes", "yes", "yes", "yes", "30.0"),
    ("T04", "yes", "yes", "procedure", "abdomen:right", "2019-10", "2019-08-14", "yes", "HD", "no", "no", "no", "yes", "37.1"),
    ("T05", "yes", "yes", "accidental", "buttock:left", "2021-01-11", "2020-12-31", "yes", "HD", "yes", "no", "yes", "no", "22.6"),
    ("T06", "yes", "yes", "injection", "upper_arm:bilateral", "2025-02-17", "2025-02-03", "yes", "HD", "yes", "yes", "no", "yes", "40.8"),
    ("T07", "yes", "yes", "thermal", "knee:unspecified", "2022-05", "2022-04-17", "yes", "HD", "no", "no", "no", "yes", "33.5"),
    ("T08", "yes", "yes", "injection;pressure", "abdomen:left", "2023-07-04", "2018-11", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("T09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "35.6"),
    ("T10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.9"),
    ("T11", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "28.1"),
    ("T12", "yes", "no", "", "", "", "", "yes", "none", "yes", "no", "no", "yes", "43.6"),
    ("T13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.4"),
    ("T14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "38.2"),
    ("T15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.1"),
    ("T16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "30.4"),
    ("T17", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "28.3"),
    ("T18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.6"),
    ("T19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.3"),
    ("T20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "30.2"),
]
