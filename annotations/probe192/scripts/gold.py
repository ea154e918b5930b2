"""Patient-level gold for annotations/probe192 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "thigh:bilateral", "2020-09-08", "2020-06-05", "yes", "HD", "yes", "no", "no", "yes", "30.7"),
    ("F02", "yes", "yes", "thermal", "knee:right", "2022-12-20", "2022", "yes", "HD", "yes", "yes", "no", "no", "25.1"),
    ("F03", "yes", "yes", "pressure", "flank:right", "2023-03-08", "", "yes", "PD", "no", "no", "yes", "yes", "33.1"),
    ("F04", "yes", "yes", "procedure", "groin:right", "2021-09-21", "2021-08-11", "yes", "HD", "no", "no", "yes", "no", "23.8"),
    ("F05", "yes", "yes", "accidental", "lower_leg:left", "2024-01-26", "2024-01-02", "yes", "HD", "yes", "no", "no", "no", "22.8"),
    ("F06", "yes", "yes", "pressure", "lower_leg:left", "2019-10", "2019-08", "yes", "none", "yes", "yes", "no", "yes", "30.0"),
    ("F07", "yes", "yes", "injection", "abdomen:unspecified", "2019-06", "2017-03", "yes", "HD", "yes", "yes", "no", "yes", "27.6"),
    ("F08", "yes", "yes", "thermal", "lower_leg:right", "2021-05-31", "2021-04-08", "yes", "PD", "no", "no", "no", "no", "21.4"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "25.8"),
    ("F10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "33.6"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.8"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.6"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.0"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.1"),
    ("F16", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "25.8"),
    ("F17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "19.8"),
    ("F18", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "28.1"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", ""),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.3"),
]
