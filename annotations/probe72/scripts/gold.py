"""Patient-level gold for annotations/probe72 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Y01", "yes", "yes", "injection", "abdomen:left", "2019-02-18", "2019-02-03", "yes", "HD", "yes", "yes", "no", "yes", "34.6"),
    ("Y02", "yes", "yes", "thermal", "groin:bilateral", "2021-01", "2020-12-24", "yes", "PD", "no", "no", "yes", "no", "27.3"),
    ("Y03", "yes", "yes", "pressure", "thigh:bilateral", "2020-12-09", "2020-11-27", "yes", "HD", "yes", "yes", "no", "yes", "39.6"),
    ("Y04", "yes", "yes", "procedure", "flank:right", "2022-06-28", "2022-06-14", "yes", "HD", "no", "no", "yes", "yes", "30.1"),
    ("Y05", "yes", "yes", "accidental", "lower_leg:left", "2023-03-13", "2023-03-06", "yes", "PD", "no", "no", "yes", "no", "22.8"),
    ("Y06", "yes", "yes", "injection", "upper_arm:right", "2024-05-14", "2024-04", "yes", "HD", "yes", "yes", "no", "yes", "34.2"),
    ("Y07", "yes", "yes", "thermal", "back:right", "2025-01-14", "2025-01-01", "yes", "HD", "yes", "no", "no", "no", "29.6"),
    ("Y08", "yes", "yes", "pressure", "hip:left", "2018-08-20", "2018-08-12", "yes", "HD", "yes", "yes", "yes", "yes", "31.8"),
    ("Y09", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "38.0"),
    ("Y10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.5"),
    ("Y11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "27.9"),
    ("Y12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("Y13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "45.1"),
    ("Y14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "25.5"),
    ("Y15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("Y16", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.2"),
    ("Y17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "28.4"),
    ("Y18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "26.0"),
    ("Y19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "21.4"),
    ("Y20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "37.0"),
]
