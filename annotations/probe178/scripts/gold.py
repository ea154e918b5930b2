"""Patient-level gold for annotations/probe178 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "buttock:right", "2019-09-02", "2019-06-11", "yes", "HD", "no", "no", "no", "no", "24.2"),
    ("D02", "yes", "yes", "thermal", "thigh:right", "2019-12-19", "2019-11-28", "yes", "PD", "yes", "no", "no", "yes", "32.8"),
    ("D03", "yes", "yes", "procedure", "abdomen:left", "2017-04", "2017-02", "yes", "HD", "no", "no", "yes", "no", "19.5"),
    ("D04", "yes", "yes", "accidental", "forearm:left", "2022-09-16", "2022-08-03", "yes", "HD", "no", "no", "no", "no", "22.3"),
    ("D05", "yes", "yes", "pressure", "hip:bilateral", "2023-08-21", "2023", "yes", "HD", "yes", "yes", "no", "yes", "36.1"),
    ("D06", "yes", "yes", "injection", "upper_arm:left", "2018-03", "2018-01-01", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("D07", "yes", "yes", "accidental", "lower_leg:left", "2021-09-28", "2021-09-14", "no", "none", "no", "no", "yes", "yes", "42.4"),
    ("D08", "yes", "yes", "accidental;thermal", "knee:right", "2024-06", "2024-05-27", "yes", "PD", "no", "no", "no", "no", "25.8"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.5"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("D11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "37.6"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.0"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "21.3"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.8"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "33.8"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "18.7"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "31.2"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "29.8"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.7"),
]
