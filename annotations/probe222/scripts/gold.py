"""Patient-level gold for annotations/probe222 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "abdomen:left", "2022-06-28", "2022-05-10", "yes", "HD", "no", "no", "no", "yes", "31.6"),
    ("F02", "yes", "yes", "procedure", "upper_arm:right", "2023-03-28", "2023-03-02", "yes", "PD", "yes", "yes", "no", "no", "28.4"),
    ("F03", "yes", "yes", "pressure", "shoulder:left", "2022-07", "2022-04", "yes", "HD", "no", "no", "yes", "no", "19.8"),
    ("F04", "yes", "yes", "thermal", "knee:right", "2024-05-27", "2023", "yes", "PD", "yes", "no", "no", "yes", "32.1"),
    ("F05", "yes", "yes", "accidental", "lower_leg:left", "2021-01-10", "2020-12-24", "yes", "HD", "yes", "yes", "yes", "yes", "33.2"),
    ("F06", "yes", "yes", "injection", "thigh:left", "2021-10-19", "2021-09", "yes", "PD", "yes", "no", "yes", "yes", "36.1"),
    ("F07", "yes", "yes", "procedure", "chest:right", "2019-09", "2019-08-12", "yes", "HD", "no", "no", "no", "no", "17.9"),
    ("F08", "yes", "yes", "pressure", "hip:right", "2023-11-27", "2023", "yes", "HD", "yes", "yes", "yes", "yes", "31.0"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.4"),
    ("F10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "27.5"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "42.3"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("F13", "yes", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "no", "26.0"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.9"),
    ("F15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "24.5"),
    ("F16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "21.3"),
    ("F17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.8"),
    ("F18", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.2"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "30.0"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "27.1"),
]
