"""Patient-level gold for annotations/probe45 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "abdomen:left", "2019-02-14", "2017-11", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("F02", "yes", "yes", "thermal", "knee:left", "2020-06-29", "2020-06", "yes", "PD", "no", "no", "yes", "no", "27.1"),
    ("F03", "yes", "yes", "pressure", "lower_leg:bilateral", "2021-09", "2021-08-01", "yes", "HD", "yes", "no", "no", "yes", "31.2"),
    ("F04", "yes", "yes", "procedure", "groin:right", "2022-11-25", "2022-11-03", "yes", "HD", "yes", "yes", "no", "no", "29.6"),
    ("F05", "yes", "yes", "accidental", "lower_leg:left", "2023-05-20", "2023-05-07", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("F06", "yes", "yes", "injection", "buttock:right", "2024-05", "2024-03", "yes", "HD", "no", "no", "no", "yes", "37.1"),
    ("F07", "yes", "yes", "thermal", "hip:right", "2025-01", "2024-12-25", "yes", "none", "yes", "yes", "no", "yes", "30.0"),
    ("F08", "yes", "yes", "pressure", "flank:left", "2023-04-09", "2023-03", "yes", "HD", "no", "no", "yes", "yes", "41.0"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.3"),
    ("F10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.4"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.0"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.1"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.9"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.1"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.8"),
    ("F16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.0"),
    ("F17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.0"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.0"),
    ("F19", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.0"),
    ("F20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "29.8"),
]
