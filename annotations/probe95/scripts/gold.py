"""Patient-level gold for annotations/probe95 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("O01", "yes", "yes", "injection", "abdomen:left", "2021-06-29", "2021-06-08", "yes", "HD", "no", "no", "yes", "no", "27.3"),
    ("O02", "yes", "yes", "thermal", "hip:left", "2023-02", "2022-12-25", "yes", "PD", "yes", "no", "yes", "no", "27.9"),
    ("O03", "yes", "yes", "pressure", "lower_leg:right", "2020-07-04", "2020-04-02", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
    ("O04", "yes", "yes", "procedure", "groin:right", "2018-10-31", "2018-09-14", "yes", "HD", "no", "no", "yes", "yes", "33.1"),
    ("O05", "yes", "yes", "accidental", "thigh:right", "2024-09-20", "2024-09-02", "yes", "HD", "yes", "yes", "yes", "yes", "35.2"),
    ("O06", "yes", "yes", "injection", "upper_arm:right", "2023-10-22", "2023-10-06", "yes", "HD", "no", "no", "yes", "no", "29.6"),
    ("O07", "yes", "yes", "injection", "flank:bilateral", "2019-06", "2019", "no", "none", "no", "no", "no", "yes", "41.8"),
    ("O08", "yes", "yes", "pressure", "breast:left", "2022-10-03", "2022-08", "yes", "HD", "yes", "yes", "yes", "yes", "38.5"),
    ("O09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.4"),
    ("O10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "24.1"),
    ("O11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.0"),
    ("O12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "26.0"),
    ("O13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "43.1"),
    ("O14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("O15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "28.0"),
    ("O16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.9"),
    ("O17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "31.6"),
    ("O18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "35.4"),
    ("O19", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.0"),
    ("O20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.2"),
]
