"""Patient-level gold for annotations/probe180 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "abdomen:left", "2018-05-28", "2018-03", "yes", "HD", "yes", "no", "no", "no", "25.8"),
    ("F02", "yes", "yes", "thermal", "lower_leg:right", "2021-10-30", "2021-09-14", "yes", "HD", "no", "no", "no", "yes", "31.6"),
    ("F03", "yes", "yes", "pressure", "upper_arm:left", "2022-10-03", "2022-08", "yes", "PD", "yes", "yes", "no", "no", "28.4"),
    ("F04", "yes", "yes", "procedure", "chest:right", "2020-04-12", "2020-01-06", "yes", "PD", "no", "no", "no", "no", "24.3"),
    ("F05", "yes", "yes", "accidental", "thigh:bilateral", "2017-07", "2017-06-19", "yes", "HD", "yes", "yes", "yes", "yes", "36.0"),
    ("F06", "yes", "yes", "injection", "buttock:left", "2019-03-26", "2019-03-08", "yes", "HD", "no", "no", "yes", "no", "22.4"),
    ("F07", "yes", "yes", "pressure", "breast:left", "2023-04", "2022", "no", "none", "yes", "no", "yes", "yes", "40.8"),
    ("F08", "yes", "yes", "procedure", "flank:left", "2024-03", "2024-02", "yes", "HD", "yes", "yes", "no", "no", "23.1"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.0"),
    ("F10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "33.9"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.0"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "37.1"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.8"),
    ("F16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.9"),
    ("F17", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "19.1"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "23.8"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.9"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "20.6"),
]
