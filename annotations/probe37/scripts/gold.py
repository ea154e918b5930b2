"""Patient-level gold for annotations/probe37 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Y01", "yes", "yes", "injection", "abdomen:left", "2019-03-20", "2018-11-05", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("Y02", "yes", "yes", "thermal", "flank:right", "2021-01-18", "2020-12-22", "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("Y03", "yes", "yes", "pressure", "abdomen:left", "2022-07", "2022-04", "yes", "HD", "yes", "no", "no", "yes", "41.3"),
    ("Y04", "yes", "yes", "procedure", "abdomen:right", "2023-03", "2016", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("Y05", "yes", "yes", "accidental", "knee:left", "2023-12-24", "2023-11-23", "no", "none", "no", "no", "yes", "no", "22.8"),
    ("Y06", "yes", "yes", "injection", "abdomen:bilateral", "2020-09-13", "2020-08-28", "yes", "HD", "yes", "yes", "no", "yes", "33.9"),
    ("Y07", "yes", "yes", "thermal", "lower_leg:right", "2018-12-03", "2018-10", "yes", "HD", "yes", "no", "no", "yes", "31.2"),
    ("Y08", "yes", "yes", "pressure", "thigh:bilateral", "2025-02", "2019", "yes", "PD", "yes", "yes", "no", "yes", ""),
    ("Y09", "yes", "yes", "procedure", "lower_leg:left", "2024-07", "2024-06-11", "yes", "HD", "no", "no", "yes", "no", "29.5"),
    ("Y10", "yes", "yes", "accidental", "lower_leg:right", "2019-07-08", "2019-06-27", "yes", "HD", "yes", "yes", "yes", "no", "26.1"),
    ("Y11", "yes", "yes", "injection", "upper_arm:right", "2021-11", "2021-10", "yes", "PD", "no", "no", "no", "yes", "38.4"),
    ("Y12", "yes", "yes", "thermal", "thigh:left", "2023-01-30", "2022-12-25", "yes", "HD", "no", "no", "yes", "no", "24.0"),
    ("Y13", "yes", "yes", "pressure", "lower_leg:left", "2020-04", "2020-03-02", "yes", "HD", "yes", "no", "no", "yes", "34.0"),
    ("Y14", "yes", "yes", "procedure", "forearm:left", "2022-04-27", "2022-04-17", "yes", "HD", "yes", "yes", "no", "no", "27.7"),
    ("Y15", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.0"),
    ("Y16", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.3"),
    ("Y17", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.2"),
    ("Y18", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "33.0"),
    ("Y19", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "45.1"),
    ("Y20", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.5"),
    ("Y21", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.4"),
    ("Y22", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "34.6"),
    ("Y23", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("Y24", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "21.4"),
    ("Y25", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "28.9"),
    ("Y26", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "36.2"),
    ("Y27", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "32.3"),
    ("Y28", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "23.3"),
    ("Y29", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "33.8"),
    ("Y30", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "26.9"),
]
