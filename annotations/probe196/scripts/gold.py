"""Patient-level gold for annotations/probe196 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:left", "2022-03-22", "2022-03-09", "no", "none", "no", "no", "yes", "yes", "35.7"),
    ("D02", "yes", "yes", "injection", "thigh:right", "2019-02", "2019-01-17", "yes", "HD", "yes", "yes", "no", "no", "28.1"),
    ("D03", "yes", "yes", "thermal", "thigh:left", "2020-09-22", "2020-09-01", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("D04", "yes", "yes", "pressure", "hip:left", "2023-06-17", "2023-06-06", "yes", "HD", "no", "no", "yes", "yes", "33.1"),
    ("D05", "yes", "yes", "pressure", "thigh:left", "2023", "2023-07-11", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("D06", "yes", "yes", "procedure", "abdomen:right", "2021-04", "2021-03-02", "yes", "HD", "yes", "no", "no", "no", "27.0"),
    ("D07", "yes", "yes", "accidental", "lower_leg:left", "2024-12-25", "2024-11-29", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
    ("D08", "yes", "yes", "procedure;thermal", "hand:left", "2024-07", "2024", "yes", "PD", "no", "no", "no", "no", "24.1"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "38.2"),
    ("D10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.3"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.0"),
    ("D12", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "22.6"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "26.0"),
    ("D14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.5"),
    ("D15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "32.2"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.6"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "29.4"),
    ("D18", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "31.2"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "no", "27.2"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.0"),
]
