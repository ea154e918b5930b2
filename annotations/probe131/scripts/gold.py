"""Patient-level gold for annotations/probe131 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("T01", "yes", "yes", "injection", "upper_arm:left", "2019-04-17", "2019-02-11", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("T02", "yes", "yes", "pressure", "lower_leg:left", "2021-11-22", "2021-10-04", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("T03", "yes", "yes", "thermal", "hip:right", "2022-09-05", "2022-06", "yes", "PD", "yes", "no", "no", "yes", "33.5"),
    ("T04", "yes", "yes", "procedure", "flank:left", "2018-04", "2018-03-20", "yes", "HD", "yes", "yes", "no", "no", "27.3"),
    ("T05", "yes", "yes", "accidental", "forearm:right", "2021-01-14", "2020-12-28", "yes", "HD", "no", "no", "yes", "no", "21.3"),
    ("T06", "yes", "yes", "injection", "abdomen:unspecified", "2025-09-05", "2025-08-02", "yes", "HD", "no", "no", "no", "yes", "37.9"),
    ("T07", "yes", "yes", "thermal", "foot:right", "2017-02-14", "2017-01-23", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("T08", "yes", "yes", "pressure", "thigh:bilateral", "2025-12-25", "2025-11-03", "yes", "PD", "yes", "yes", "yes", "yes", "40.8"),
    ("T09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("T10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.4"),
    ("T11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "28.4"),
    ("T12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "35.0"),
    ("T13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "43.8"),
    ("T14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "22.7"),
    ("T15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("T16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.8"),
    ("T17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "19.6"),
    ("T18", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.5"),
    ("T19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "36.9"),
    ("T20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.5"),
]
