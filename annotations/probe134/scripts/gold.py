"""Patient-level gold for annotations/probe134 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("W01", "yes", "yes", "injection", "upper_arm:left", "2022-03-29", "2022-03-08", "yes", "HD", "no", "no", "no", "no", "27.1"),
    ("W02", "yes", "yes", "injection", "abdomen:left", "2019-08", "2019-05-21", "yes", "HD", "yes", "yes", "no", "yes", "31.8"),
    ("W03", "yes", "yes", "procedure", "abdomen:right", "2018-08", "2018-06-12", "yes", "HD", "no", "no", "no", "no", "26.3"),
    ("W04", "yes", "yes", "procedure", "breast:left", "2021-10-31", "2021-09", "yes", "PD", "yes", "no", "no", "yes", "35.6"),
    ("W05", "yes", "yes", "pressure", "flank:left", "2023-06-10", "2023-05-03", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("W06", "yes", "yes", "thermal", "buttock:right", "2023-02", "2022", "yes", "HD", "yes", "yes", "no", "yes", "37.1"),
    ("W07", "yes", "yes", "accidental", "thigh:right", "2020-11-20", "2020-11-08", "yes", "HD", "no", "no", "no", "no", "24.8"),
    ("W08", "yes", "yes", "injection", "thigh:bilateral", "2017-01-09", "2016-12-26", "yes", "HD", "no", "no", "yes", "yes", "32.6"),
    ("W09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.2"),
    ("W10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "28.5"),
    ("W11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "36.0"),
    ("W12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "34.7"),
    ("W13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.4"),
    ("W14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.6"),
    ("W15", "possible", "no", "", "", "", "", "yes", "none", "yes", "yes", "no", "yes", "30.8"),
    ("W16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.5"),
    ("W17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "33.4"),
    ("W18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.3"),
    ("W19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "28.3"),
    ("W20", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "31.7"),
]
