"""Patient-level gold for annotations/probe216 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "abdomen:right", "2022-08-16", "2022-06-03", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("F02", "yes", "yes", "injection", "thigh:left", "2023-03", "2023-01", "yes", "HD", "no", "no", "yes", "yes", "36.0"),
    ("F03", "yes", "yes", "thermal", "thigh:bilateral", "2021-01-26", "2020", "yes", "HD", "no", "no", "yes", "no", "22.2"),
    ("F04", "yes", "yes", "thermal", "lower_leg:right", "2021-01", "2020-11-26", "yes", "HD", "yes", "no", "no", "no", "27.8"),
    ("F05", "yes", "yes", "pressure", "flank:right", "2024-05-27", "2024-04-11", "yes", "HD", "no", "no", "no", "no", "19.4"),
    ("F06", "yes", "yes", "pressure", "abdomen:left", "2019-06", "2019-04-21", "yes", "HD", "yes", "yes", "no", "yes", "41.9"),
    ("F07", "yes", "yes", "procedure", "abdomen:left", "2021-02-24", "2021-02-02", "yes", "HD", "no", "no", "yes", "no", "18.2"),
    ("F08", "yes", "yes", "accidental", "foot:left", "2023-01", "2022-12-24", "yes", "PD", "yes", "yes", "no", "yes", "30.0"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.1"),
    ("F10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "25.6"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "29.5"),
    ("F13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "33.8"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.4"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "24.0"),
    ("F16", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "21.1"),
    ("F17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "32.6"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "37.6"),
    ("F19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "24.8"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.4"),
]
