"""Patient-level gold for annotations/probe156 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "upper_arm:right", "2019-03-19", "2019-02-11", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("F02", "yes", "yes", "pressure", "lower_leg:bilateral", "2023-09-04", "2023-08-26", "yes", "HD", "yes", "no", "yes", "yes", "38.2"),
    ("F03", "yes", "yes", "thermal", "flank:left", "2021-10", "2021", "yes", "PD", "no", "no", "no", "yes", "29.8"),
    ("F04", "yes", "yes", "procedure", "breast:left", "2022-06-07", "2022-05-17", "yes", "HD", "yes", "yes", "no", "yes", "42.4"),
    ("F05", "yes", "yes", "injection", "thigh:right", "2018-04-12", "2018-01", "yes", "PD", "yes", "yes", "no", "no", "26.5"),
    ("F06", "yes", "yes", "accidental", "hip:right", "2024-01-26", "2024-01-12", "no", "none", "no", "no", "yes", "yes", "35.9"),
    ("F07", "yes", "yes", "pressure", "upper_arm:left", "2020-01-01", "2019-12-20", "yes", "HD", "yes", "yes", "no", "no", "26.3"),
    ("F08", "yes", "yes", "injection;procedure", "abdomen:unspecified", "2025-03-28", "2025-03-03", "yes", "HD", "yes", "no", "no", "yes", "44.1"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.4"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "36.0"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("F14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "yes", "no", "24.8"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.1"),
    ("F16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.5"),
    ("F17", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "20.4"),
    ("F18", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.0"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "25.9"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
]
