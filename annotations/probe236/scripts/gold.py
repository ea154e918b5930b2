"""Patient-level gold for annotations/probe236 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("P01", "yes", "yes", "injection", "thigh:left", "2019-10-09", "2019-03-14", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("P02", "yes", "yes", "thermal", "shoulder:right", "2021-08", "2021-07-04", "yes", "PD", "no", "no", "yes", "no", "27.2"),
    ("P03", "yes", "yes", "pressure", "flank:left", "2022-10-31", "2022-09-09", "yes", "HD", "yes", "no", "yes", "yes", "30.1"),
    ("P04", "yes", "yes", "procedure", "back:right", "2020-02", "2020-01-14", "yes", "HD", "no", "no", "no", "no", "24.9"),
    ("P05", "yes", "yes", "accidental", "lower_leg:right", "2023-01", "2022-12-31", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("P06", "yes", "yes", "injection", "abdomen:bilateral", "2020-06-26", "2020-05-28", "yes", "HD", "no", "no", "yes", "yes", "30.9"),
    ("P07", "yes", "yes", "injection", "upper_arm:left", "2018-11-22", "2018-10-05", "yes", "HD", "yes", "no", "yes", "no", "26.3"),
    ("P08", "yes", "yes", "thermal", "lower_leg:bilateral", "2024-03-03", "2023", "yes", "PD", "yes", "yes", "no", "yes", "39.1"),
    ("P09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.8"),
    ("P10", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "29.2"),
    ("P11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("P12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "30.3"),
    ("P13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.5"),
    ("P14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "32.5"),
    ("P15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("P16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "22.1"),
    ("P17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "no", "28.8"),
    ("P18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.1"),
    ("P19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "24.6"),
    ("P20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.6"),
]
