"""Patient-level gold for annotations/probe163 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:left", "2019-05-06", "2019-03-12", "yes", "HD", "yes", "yes", "no", "yes", "33.6"),
    ("D02", "yes", "yes", "injection", "upper_arm:right", "2016-11-29", "2016-10", "yes", "HD", "no", "no", "yes", "no", "26.8"),
    ("D03", "yes", "yes", "thermal", "thigh:bilateral", "2022-12-27", "2022-11-24", "yes", "PD", "no", "no", "no", "yes", "37.6"),
    ("D04", "yes", "yes", "pressure", "flank:left", "2024-02", "2023", "yes", "PD", "yes", "yes", "no", "yes", "30.9"),
    ("D05", "yes", "yes", "procedure", "thigh:right", "2017-08", "2017-06-14", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("D06", "yes", "yes", "procedure", "breast:left", "2025-05-26", "2025-03", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("D07", "yes", "yes", "pressure", "buttock:right", "2021-01", "", "yes", "HD", "yes", "no", "yes", "yes", "29.4"),
    ("D08", "yes", "yes", "accidental", "lower_leg:left", "2026-01", "2026-01-01", "yes", "HD", "no", "no", "no", "no", "26.0"),
    ("D09", "yes", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "38.7"),
    ("D10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "28.1"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.1"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "23.4"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.2"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "31.6"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.3"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.1"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "31.2"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.9"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "22.4"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", ""),
]
