"""Patient-level gold for annotations/probe226 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "abdomen:right", "2022-03-04", "2022-01-10", "yes", "HD", "yes", "yes", "no", "yes", "32.8"),
    ("D02", "yes", "yes", "injection", "upper_arm:left", "2023-11-03", "2023-10-12", "yes", "HD", "no", "no", "yes", "no", "27.4"),
    ("D03", "yes", "yes", "thermal", "thigh:bilateral", "2024-01", "2023", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("D04", "yes", "yes", "thermal", "lower_leg:left", "2023-07-07", "2023-06-05", "yes", "HD", "yes", "no", "yes", "no", "28.9"),
    ("D05", "yes", "yes", "injection;pressure", "abdomen:bilateral", "2021-06", "2019-03", "yes", "HD", "yes", "yes", "no", "yes", "43.5"),
    ("D06", "yes", "yes", "pressure", "lower_leg:right", "2022-11-24", "2022-09-06", "yes", "none", "no", "no", "yes", "no", "24.6"),
    ("D07", "yes", "yes", "procedure", "abdomen:left", "2021-04", "2021-02-09", "yes", "PD", "yes", "yes", "no", "yes", "31.5"),
    ("D08", "yes", "yes", "accidental", "lower_leg:right", "2023-08", "2023-08-01", "no", "none", "no", "no", "yes", "no", "22.6"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "35.8"),
    ("D10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "36.8"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("D13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "31.9"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "29.8"),
    ("D15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "37.6"),
    ("D16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "21.5"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.3"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.9"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.0"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.2"),
]
