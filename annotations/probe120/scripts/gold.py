"""Patient-level gold for annotations/probe120 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:left", "2023-02-21", "2022-05", "yes", "HD", "yes", "yes", "no", "yes", "30.6"),
    ("D02", "yes", "yes", "thermal", "flank:right", "2020-01-28", "2019", "yes", "PD", "no", "no", "yes", "no", "26.8"),
    ("D03", "yes", "yes", "pressure", "lower_leg:bilateral", "2021-06-24", "2021-04", "yes", "HD", "yes", "yes", "no", "yes", "34.9"),
    ("D04", "yes", "yes", "procedure", "breast:right", "2021-01", "2020-09-15", "yes", "HD", "no", "no", "yes", "yes", "37.6"),
    ("D05", "yes", "yes", "accidental", "thigh:right", "2022-07-12", "2022-07-04", "yes", "HD", "no", "no", "no", "no", "29.9"),
    ("D06", "yes", "yes", "injection", "abdomen:unspecified", "2024-11-03", "2024-02", "yes", "PD", "no", "no", "no", "no", "23.8"),
    ("D07", "yes", "yes", "thermal", "knee:left", "2025-12", "2025-10", "yes", "HD", "yes", "no", "yes", "yes", "30.0"),
    ("D08", "yes", "yes", "injection;pressure", "abdomen:bilateral", "2020-04-20", "2019-06", "yes", "HD", "yes", "yes", "no", "yes", "44.1"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.1"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "33.0"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "32.8"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "25.0"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "22.3"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.7"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.4"),
    ("D17", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.4"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.2"),
    ("D19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "28.9"),
    ("D20", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "no", "29.5"),
]
