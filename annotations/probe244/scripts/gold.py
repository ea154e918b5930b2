"""Patient-level gold for annotations/probe244 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("X01", "yes", "yes", "injection", "thigh:right", "2023-05-16", "2023-04-18", "yes", "HD", "yes", "yes", "no", "yes", "33.1"),
    ("X02", "yes", "yes", "thermal", "lower_leg:left", "2024-02", "2024-01-01", "yes", "HD", "no", "no", "yes", "no", "27.4"),
    ("X03", "yes", "yes", "pressure", "flank:right", "2024-10-02", "2024-08", "yes", "PD", "yes", "no", "no", "yes", "31.6"),
    ("X04", "yes", "yes", "procedure", "upper_arm:right", "2020-10", "2020-08-14", "yes", "HD", "yes", "no", "yes", "no", "24.9"),
    ("X05", "yes", "yes", "accidental", "lower_leg:bilateral", "2022-06", "2022-04-17", "yes", "HD", "no", "no", "no", "yes", "36.2"),
    ("X06", "yes", "yes", "injection", "buttock:right", "2023-02-20", "2023-02-03", "yes", "HD", "yes", "yes", "yes", "no", "28.9"),
    ("X07", "yes", "yes", "thermal", "abdomen:unspecified", "2023-01-30", "2022-12-25", "yes", "HD", "no", "no", "no", "no", "29.6"),
    ("X08", "yes", "yes", "injection;thermal", "abdomen:left", "2025-06-01", "2025-05-02", "yes", "HD", "yes", "no", "yes", "yes", "33.8"),
    ("X09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "38.2"),
    ("X10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.8"),
    ("X11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("X12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "30.2"),
    ("X13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.5"),
    ("X14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "28.0"),
    ("X15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "32.7"),
    ("X16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "25.3"),
    ("X17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "23.0"),
    ("X18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("X19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "28.7"),
    ("X20", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "26.6"),
]
