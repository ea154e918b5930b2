"""Patient-level gold for annotations/probe144 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "abdomen:right", "2022-05-12", "2022-03-08", "yes", "HD", "yes", "yes", "no", "yes", "37.6"),
    ("F02", "yes", "yes", "pressure", "flank:left", "2023-06", "2023-03", "yes", "HD", "no", "no", "yes", "no", "19.1"),
    ("F03", "yes", "yes", "thermal", "thigh:bilateral", "2019-06-16", "2019-05-27", "yes", "PD", "yes", "no", "no", "yes", "33.0"),
    ("F04", "yes", "yes", "procedure", "abdomen:left", "2020-10", "2020-08-11", "yes", "HD", "no", "no", "yes", "no", "21.0"),
    ("F05", "yes", "yes", "accidental", "lower_leg:right", "2024-01-23", "2024-01-01", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("F06", "yes", "yes", "injection", "thigh:left", "2017-12", "2017-10-03", "yes", "PD", "no", "no", "yes", "yes", "30.9"),
    ("F07", "yes", "yes", "injection;pressure", "abdomen:unspecified", "2021-11-25", "2015", "yes", "HD", "yes", "yes", "no", "yes", "46.8"),
    ("F08", "yes", "yes", "procedure", "upper_arm:right", "2025-03-17", "2025-02-18", "yes", "HD", "yes", "yes", "no", "no", "23.9"),
    ("F09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.1"),
    ("F10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    ("F11", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "31.4"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "35.4"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "26.5"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "20.1"),
    ("F15", "possible", "no", "", "", "", "", "yes", "none", "yes", "no", "no", "yes", "37.8"),
    ("F16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "18.7"),
    ("F17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.6"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "29.4"),
    ("F20", "no", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "27.9"),
]
