"""Patient-level gold for annotations/probe59 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "abdomen:right", "2020-01-21", "2019-06-04", "yes", "HD", "no", "no", "no", "no", "28.0"),
    ("F02", "yes", "yes", "injection", "buttock:right", "2021-12", "2021-11-24", "no", "none", "no", "no", "yes", "yes", "35.9"),
    ("F03", "yes", "yes", "thermal", "shoulder:right", "2023-05-02", "2023-04-09", "yes", "PD", "yes", "yes", "no", "yes", "30.8"),
    ("F04", "yes", "yes", "pressure", "lower_leg:left", "2019-10", "2019-07", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("F05", "yes", "yes", "procedure", "thigh:left", "2022-04", "2022-03-08", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("F06", "yes", "yes", "accidental", "lower_leg:right", "2024-07-16", "2024-07-04", "yes", "PD", "no", "no", "yes", "no", "26.0"),
    ("F07", "yes", "yes", "injection", "thigh:bilateral", "2025-02", "2017", "yes", "HD", "yes", "yes", "no", "yes", "37.5"),
    ("F08", "yes", "yes", "pressure", "forearm:right", "2018-11-20", "2018-09", "yes", "HD", "yes", "no", "no", "no", "22.6"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "33.8"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.1"),
    ("F11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.0"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "44.0"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "31.0"),
    ("F15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "32.8"),
    ("F16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.5"),
    ("F17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.9"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.6"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "26.0"),
    ("F20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "32.2"),
]
