"""Patient-level gold for annotations/probe148 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:right", "2019-09-24", "2019-09-03", "no", "none", "no", "no", "yes", "yes", "37.6"),
    ("D02", "yes", "yes", "procedure", "thigh:right", "2016-04", "2016-03-14", "yes", "HD", "yes", "yes", "no", "no", "27.4"),
    ("D03", "yes", "yes", "pressure", "lower_leg:bilateral", "2021-11", "2021", "yes", "PD", "yes", "no", "no", "yes", "32.7"),
    ("D04", "yes", "yes", "thermal", "foot:left", "2020-11-26", "2020-10", "yes", "HD", "yes", "yes", "no", "yes", "30.2"),
    ("D05", "yes", "yes", "accidental", "lower_leg:right", "2017-05-16", "2017-05-03", "yes", "HD", "no", "no", "yes", "no", "24.6"),
    ("D06", "yes", "yes", "procedure", "upper_arm:left", "2024-03", "2024-02-06", "yes", "HD", "yes", "no", "no", "no", "28"),
    ("D07", "yes", "yes", "injection", "flank:left", "2018-05-28", "2018-03-20", "yes", "PD", "yes", "yes", "no", "yes", "41.6"),
    ("D08", "yes", "yes", "accidental;thermal", "hip:right", "2024-01", "2023-12-31", "yes", "HD", "no", "no", "yes", "no", "26.9"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.8"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.2"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "33.8"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", ""),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "44.8"),
    ("D15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "32.5"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "21.9"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "27.9"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.9"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "29.5"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "23.0"),
]
