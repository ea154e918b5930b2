"""Patient-level gold for annotations/probe102 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Y01", "yes", "yes", "injection", "abdomen:left", "2021-03-24", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("Y02", "yes", "yes", "thermal", "back:right", "2023-02-14", "2022-12-25", "yes", "PD", "no", "no", "yes", "no", "27.1"),
    ("Y03", "yes", "yes", "pressure", "thigh:bilateral", "2023-12-18", "2023-10", "yes", "HD", "yes", "no", "no", "yes", "41.0"),
    ("Y04", "yes", "yes", "procedure", "lower_leg:left", "2020-09", "2020-08-11", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
    ("Y05", "yes", "yes", "accidental", "knee:right", "2025-03-15", "2025-03-02", "yes", "HD", "no", "no", "no", "no", "24.9"),
    ("Y06", "yes", "yes", "injection", "upper_arm:unspecified", "2019-06-06", "2019-05", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("Y07", "yes", "yes", "thermal", "shoulder:left", "2022", "2022-08", "yes", "PD", "yes", "yes", "no", "yes", "34.8"),
    ("Y08", "yes", "yes", "injection;pressure", "flank:right", "2024-04-01", "2014", "yes", "HD", "yes", "yes", "yes", "yes", "38.7"),
    ("Y09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("Y10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.4"),
    ("Y11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    ("Y12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.3"),
    ("Y13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("Y14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.1"),
    ("Y15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.4"),
    ("Y16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "29.5"),
    ("Y17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "21.3"),
    ("Y18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.8"),
    ("Y19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "30.6"),
    ("Y20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.0"),
]
