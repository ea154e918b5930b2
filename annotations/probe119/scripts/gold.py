"""Patient-level gold for annotations/probe119 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:left", "2019-03-20", "2018-11", "yes", "HD", "yes", "yes", "no", "yes", "34.2"),
    ("C02", "yes", "yes", "thermal", "lower_leg:bilateral", "2021-01-20", "2020-11", "yes", "HD", "no", "no", "yes", "no", "26.7"),
    ("C03", "yes", "yes", "pressure", "thigh:right", "2022-09-02", "2022-08-09", "yes", "PD", "yes", "no", "no", "no", "28.4"),
    ("C04", "yes", "yes", "procedure", "flank:right", "2020-09", "2020-03-18", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("C05", "yes", "yes", "accidental", "hip:left", "2025-01-03", "2024-12-24", "yes", "HD", "yes", "yes", "no", "yes", "31.7"),
    ("C06", "yes", "yes", "injection", "upper_arm:bilateral", "2023-10-14", "2023-10-02", "yes", "HD", "yes", "no", "yes", "no", "29.9"),
    ("C07", "yes", "yes", "thermal", "knee:unspecified", "2024-06", "2024", "no", "none", "no", "no", "yes", "yes", "41.5"),
    ("C08", "yes", "yes", "injection;pressure", "abdomen:right", "2025-03-28", "2025-02", "yes", "HD", "yes", "yes", "no", "yes", "37.8"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.0"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.8"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.0"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "39.3"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.2"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "29.7"),
    ("C15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.0"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "25.5"),
    ("C17", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.2"),
    ("C18", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "21.4"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "26.0"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "28.9"),
]
