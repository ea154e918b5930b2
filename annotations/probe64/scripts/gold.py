"""Patient-level gold for annotations/probe64 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("O01", "yes", "yes", "injection", "abdomen:left", "2020-02-03", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "32.4"),
    ("O02", "yes", "yes", "thermal", "knee:left", "2022-12-19", "2022-11-24", "yes", "HD", "no", "no", "yes", "no", "26.9"),
    ("O03", "yes", "yes", "pressure", "flank:right", "2023-07", "2023-04", "yes", "HD", "yes", "no", "yes", "yes", "30.5"),
    ("O04", "yes", "yes", "procedure", "groin:right", "2024-05-27", "2024-03-12", "yes", "HD", "yes", "no", "no", "no", "27.4"),
    ("O05", "yes", "yes", "accidental", "lower_leg:right", "2019-10-14", "2019-10-02", "yes", "HD", "yes", "yes", "yes", "no", "23.9"),
    ("O06", "yes", "yes", "injection", "upper_arm:bilateral", "2020-08-21", "2020-08-03", "no", "none", "no", "no", "yes", "yes", "40.8"),
    ("O07", "yes", "yes", "thermal", "back:bilateral", "2021-04", "2020", "yes", "PD", "yes", "yes", "no", "yes", "34.6"),
    ("O08", "yes", "yes", "pressure", "thigh:right", "2019-09-23", "2018-09", "yes", "HD", "yes", "yes", "no", "no", "25.2"),
    ("O09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("O10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.1"),
    ("O11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.1"),
    ("O12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.2"),
    ("O13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.8"),
    ("O14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.0"),
    ("O15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "24.9"),
    ("O16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "31.1"),
    ("O17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "21.4"),
    ("O18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "28.4"),
    ("O19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", ""),
    ("O20", "no", "no", "", "", "", "", "yes", "none", "yes", "yes", "yes", "yes", "32.6"),
]
