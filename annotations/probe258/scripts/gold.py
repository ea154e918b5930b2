"""Patient-level gold for annotations/probe258 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "buttock:right", "2023-03-14", "2023-03-04", "yes", "HD", "no", "no", "no", "yes", "30.8"),
    ("F02", "yes", "yes", "thermal", "thigh:left", "2024-02-14", "2024-01-10", "yes", "PD", "yes", "yes", "yes", "yes", "36.8"),
    ("F03", "yes", "yes", "pressure", "hip:left", "2022-05-23", "2022-05-02", "yes", "HD", "yes", "no", "yes", "no", "27.4"),
    ("F04", "yes", "yes", "procedure", "abdomen:unspecified", "2021-12", "2021-10-14", "yes", "HD", "no", "no", "no", "yes", "42.1"),
    ("F05", "yes", "yes", "accidental", "lower_leg:left", "2020-11-26", "2020-11-12", "yes", "HD", "yes", "yes", "no", "yes", "33.5"),
    ("F06", "yes", "yes", "injection", "upper_arm:left", "2019-08-21", "2019-08-03", "yes", "PD", "no", "no", "no", "no", "24.0"),
    ("F07", "yes", "yes", "thermal", "thigh:right", "2022-01", "2022-01-07", "no", "none", "no", "no", "yes", "yes", "38.2"),
    ("F08", "yes", "yes", "pressure", "ankle:bilateral", "2018-10", "2018-09-15", "yes", "HD", "no", "no", "no", "no", "23.1"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.3"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.1"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "34.0"),
    ("F12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "45.2"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "37.9"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "30.5"),
    ("F16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "41.0"),
    ("F17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.2"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "28.8"),
    ("F19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.5"),
    ("F20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "31.5"),
]
