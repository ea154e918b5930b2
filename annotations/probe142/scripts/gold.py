"""Patient-level gold for annotations/probe142 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("D01", "yes", "yes", "injection", "thigh:right", "2019-06-17", "2019-06-03", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("D02", "yes", "yes", "thermal", "lower_leg:bilateral", "2022-09-05", "2022-07-04", "yes", "HD", "no", "no", "yes", "no", "27.4"),
    ("D03", "yes", "yes", "pressure", "hip:right", "2023-06", "2023-03", "yes", "PD", "yes", "no", "no", "yes", "35.9"),
    ("D04", "yes", "yes", "procedure", "lower_leg:right", "2020-12-10", "2020-11-18", "yes", "HD", "yes", "yes", "no", "no", "25.8"),
    ("D05", "yes", "yes", "accidental", "forearm:left", "2024-05-06", "2024-04-06", "no", "none", "yes", "no", "yes", "yes", "41.3"),
    ("D06", "yes", "yes", "injection", "buttock:left", "2025-11-27", "2025-11-02", "yes", "HD", "no", "no", "yes", "no", "24.3"),
    ("D07", "yes", "yes", "accidental", "back:right", "2020-01", "2019", "yes", "HD", "no", "no", "no", "yes", "31.2"),
    ("D08", "yes", "yes", "accidental;procedure", "ankle:left", "2017-03-01", "2017-02-09", "yes", "PD", "yes", "yes", "no", "no", "28.7"),
    ("D09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.0"),
    ("D10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "yes", "32.9"),
    ("D11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.6"),
    ("D12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "47.1"),
    ("D13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.0"),
    ("D14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.0"),
    ("D15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "35.5"),
    ("D16", "possible", "no", "", "", "", "", "yes", "none", "yes", "yes", "no", "no", "22.1"),
    ("D17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.9"),
    ("D18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "27.1"),
    ("D19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "32.1"),
    ("D20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.3"),
]
