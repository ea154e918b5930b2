"""Patient-level gold for annotations/probe245 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Y01", "yes", "yes", "injection", "abdomen:left", "2022-04-18", "2022-02-14", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("Y02", "yes", "yes", "accidental;thermal", "knee:right", "2017-11-23", "2017-11-05", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("Y03", "yes", "yes", "pressure", "foot:left", "2024-01-15", "2023-12-25", "yes", "PD", "yes", "yes", "yes", "no", "27.5"),
    ("Y04", "yes", "yes", "procedure", "thigh:right", "2019-09-24", "2019-08-31", "yes", "none", "no", "no", "yes", "no", "21.8"),
    ("Y05", "yes", "yes", "accidental", "hip:left", "2024-02-26", "2024-02-10", "yes", "HD", "yes", "no", "no", "yes", "33.4"),
    ("Y06", "yes", "yes", "injection", "upper_arm:right", "2021-11-03", "2021-10-12", "yes", "HD", "no", "no", "yes", "no", "29.4"),
    ("Y07", "yes", "yes", "thermal", "lower_leg:bilateral", "2020-12-31", "2020", "no", "none", "no", "no", "yes", "yes", "35.8"),
    ("Y08", "yes", "yes", "procedure", "forearm:left", "2020-04-12", "2020-04-02", "yes", "HD", "yes", "yes", "no", "yes", "38.4"),
    ("Y09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.6"),
    ("Y10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("Y11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.2"),
    ("Y12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "25.9"),
    ("Y13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.5"),
    ("Y14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "40.3"),
    ("Y15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
    ("Y16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "20.9"),
    ("Y17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "37.1"),
    ("Y18", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "31.7"),
    ("Y19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "23.0"),
    ("Y20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", ""),
]
