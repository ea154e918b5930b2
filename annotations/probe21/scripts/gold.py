"""Patient-level gold for annotations/probe21 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("F01", "yes", "yes", "injection", "abdomen:left", "2023-04-02", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("F02", "yes", "yes", "thermal", "knee:right", "2021-12-30", "2021-11-25", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("F03", "yes", "yes", "pressure", "flank:right", "2024-04-30", "2024-02", "yes", "HD", "no", "no", "yes", "no", "27.2"),
    ("F04", "yes", "yes", "procedure", "breast:right", "2022-10", "2022-08-09", "no", "none", "yes", "no", "yes", "yes", "41.3"),
    ("F05", "yes", "yes", "accidental", "lower_leg:left", "2020-01-13", "2019-12-31", "yes", "HD", "yes", "yes", "no", "no", "22.4"),
    ("F06", "yes", "yes", "injection", "buttock:left", "2021-03", "2021-03-02", "yes", "HD", "no", "no", "no", "yes", "32.8"),
    ("F07", "yes", "yes", "thermal", "back:bilateral", "2024-12-24", "2024", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("F08", "yes", "yes", "injection", "upper_arm:left", "2019-10-15", "2019-10-03", "yes", "HD", "no", "no", "yes", "no", "25.8"),
    ("F09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.1"),
    ("F10", "yes", "no", "", "", "", "", "yes", "none", "no", "no", "no", "no", "29.9"),
    ("F11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "34.4"),
    ("F12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.6"),
    ("F13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "42.6"),
    ("F14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.1"),
    ("F15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("F16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", ""),
    ("F17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "29.6"),
    ("F18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.1"),
    ("F19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "31.5"),
    ("F20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.9"),
]
