"""Patient-level gold for annotations/probe174 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "buttock:right", "2022-03-30", "2022-01-05", "yes", "HD", "no", "no", "no", "yes", "33.1"),
    ("F02", "yes", "yes", "thermal", "lower_leg:bilateral", "2020-01-01", "2019", "yes", "HD", "yes", "yes", "no", "no", "27.2"),
    ("F03", "yes", "yes", "pressure", "hip:left", "2021-08", "2021-05", "yes", "HD", "yes", "no", "yes", "no", "23.4"),
    ("F04", "yes", "yes", "procedure", "thigh:right", "2019-11-28", "2019-10-03", "yes", "PD", "yes", "yes", "no", "yes", "37.9"),
    ("F05", "yes", "yes", "accidental", "flank:right", "2024-06-24", "2024-06-11", "no", "none", "no", "no", "yes", "no", "21.9"),
    ("F06", "yes", "yes", "pressure", "abdomen:unspecified", "2018-05-19", "2018-03", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("F07", "yes", "yes", "thermal", "breast:right", "2023-01", "2022-12-25", "yes", "HD", "yes", "no", "no", "yes", "36.4"),
    ("F08", "yes", "yes", "injection", "upper_arm:left", "2017-10", "2017-09-14", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.1"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.5"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.2"),
    ("F12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "yes", "30.0"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "20.8"),
    ("F15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "34.0"),
    ("F16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.8"),
    ("F17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.7"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.3"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "29.4"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.2"),
]
