"""Patient-level gold for annotations/probe214 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:right", "2023-04-18", "2023-03-07", "yes", "HD", "no", "no", "no", "no", "24.0"),
    ("D02", "yes", "yes", "injection", "thigh:left", "2022-11-24", "2022-08-14", "yes", "HD", "yes", "yes", "no", "yes", "31.1"),
    ("D03", "yes", "yes", "thermal", "knee:left", "2024-02", "2024-01-09", "yes", "PD", "yes", "no", "yes", "no", "27.5"),
    ("D04", "yes", "yes", "thermal", "flank:left", "2021-02-17", "2020", "yes", "HD", "no", "no", "no", "no", "25.7"),
    ("D05", "yes", "yes", "pressure", "ankle:bilateral", "2019-12", "2019-10-02", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("D06", "yes", "yes", "procedure", "thigh:right", "2020-07", "2020-06-12", "yes", "HD", "yes", "no", "yes", "yes", "41.8"),
    ("D07", "yes", "yes", "accidental", "thigh:left", "2021-10", "2021-09-06", "no", "none", "no", "no", "yes", "yes", "32.9"),
    ("D08", "yes", "yes", "pressure", "hip:right", "2018-07-04", "2018-05-14", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "36.0"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.1"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.6"),
    ("D12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.7"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "35.1"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "22.4"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "29.6"),
    ("D17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.8"),
    ("D18", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "23.1"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "31.2"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.8"),
]
