"""Patient-level gold for annotations/probe228 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "upper_arm:right", "2023-10-27", "2023-10-08", "yes", "HD", "yes", "yes", "no", "yes", "33.2"),
    ("F02", "yes", "yes", "thermal", "thigh:left", "2024-02-20", "2024-01", "yes", "PD", "yes", "no", "no", "no", "28.4"),
    ("F03", "yes", "yes", "pressure", "knee:bilateral", "2021-05-23", "2016", "yes", "HD", "no", "no", "yes", "no", "23.8"),
    ("F04", "yes", "yes", "procedure", "abdomen:right", "2022-09", "2022-06-08", "yes", "PD", "yes", "yes", "no", "yes", "35.9"),
    ("F05", "yes", "yes", "accidental", "hip:left", "2023-03", "2023-02-22", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("F06", "yes", "yes", "injection", "abdomen:unspecified", "2024-11-28", "2017", "yes", "HD", "yes", "yes", "no", "yes", "40.8"),
    ("F07", "yes", "yes", "injection", "thigh:left", "2019-06-02", "2019-03", "no", "none", "no", "no", "yes", "yes", "38.4"),
    ("F08", "yes", "yes", "accidental;thermal", "lower_leg:right", "2020-02-10", "2020-01-12", "yes", "HD", "yes", "no", "no", "no", "27.5"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.5"),
    ("F10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "25.6"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.6"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.0"),
    ("F14", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "26.3"),
    ("F15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "31.5"),
    ("F16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.1"),
    ("F17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.1"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", ""),
    ("F19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "35.2"),
    ("F20", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "21.4"),
]
