"""Patient-level gold for annotations/probe219 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "abdomen:right", "2019-03-14", "2019-03-04", "yes", "HD", "no", "no", "yes", "yes", "31.4"),
    ("C02", "yes", "yes", "injection", "upper_arm:left", "2020-10", "2019-02", "yes", "PD", "yes", "yes", "no", "yes", "32.6"),
    ("C03", "yes", "yes", "thermal", "back:left", "2022-02-13", "2022-02-02", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("C04", "yes", "yes", "pressure", "chest:bilateral", "2021-03", "2021-03-02", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("C05", "yes", "yes", "procedure", "thigh:left", "2022-05-30", "2022-03-09", "no", "none", "yes", "no", "yes", "yes", "37.9"),
    ("C06", "yes", "yes", "accidental", "hip:right", "2023-11-17", "2023-11-03", "yes", "HD", "yes", "no", "yes", "no", "24.8"),
    ("C07", "yes", "yes", "thermal", "groin:right", "2022-10", "2022", "yes", "HD", "no", "no", "no", "yes", "45.1"),
    ("C08", "yes", "yes", "injection;pressure", "abdomen:right", "2024-08", "2016-06", "yes", "HD", "yes", "yes", "no", "yes", "37.7"),
    ("C09", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.6"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.2"),
    ("C11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("C12", "yes", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "43.6"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.4"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.1"),
    ("C15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.0"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.5"),
    ("C17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "31.2"),
    ("C18", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "32.7"),
    ("C19", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.4"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "19.0"),
]
