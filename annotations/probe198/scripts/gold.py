"""Patient-level gold for annotations/probe198 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "abdomen:left", "2018-10-18", "2018-09-24", "yes", "HD", "yes", "yes", "no", "yes", "33.4"),
    ("F02", "yes", "yes", "thermal", "thigh:right", "2020-11-13", "2020-10-12", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("F03", "yes", "yes", "pressure", "thigh:left", "2022-07", "2022-05", "yes", "HD", "yes", "yes", "yes", "yes", "40.8"),
    ("F04", "yes", "yes", "procedure", "back:left", "2019-08", "2019-06-11", "yes", "HD", "no", "no", "yes", "no", "26.5"),
    ("F05", "yes", "yes", "accidental", "lower_leg:right", "2022-01-10", "2021-12-26", "yes", "PD", "yes", "no", "no", "no", "29.9"),
    ("F06", "yes", "yes", "injection", "thigh:right", "2017-06-09", "2017-03-07", "no", "none", "no", "no", "yes", "yes", "36.1"),
    ("F07", "yes", "yes", "thermal", "lower_leg:left", "2024-01-01", "2023", "yes", "HD", "yes", "no", "no", "no", "27.2"),
    ("F08", "yes", "yes", "pressure", "abdomen:right", "2021-07-01", "2021-02", "yes", "HD", "yes", "yes", "no", "yes", "38.4"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.6"),
    ("F10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.0"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "33.8"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.0"),
    ("F14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.3"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "32.0"),
    ("F16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.0"),
    ("F17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "45.5"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.5"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "29.9"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "25.0"),
]
