"""Patient-level gold for annotations/probe162 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("C01", "yes", "yes", "injection", "thigh:right", "2016-11-08", "2016-09-12", "yes", "PD", "yes", "yes", "no", "yes", "32.4"),
    ("C02", "yes", "yes", "pressure", "flank:bilateral", "2019-05-21", "2019-03", "yes", "HD", "no", "no", "yes", "yes", "37.5"),
    ("C03", "yes", "yes", "thermal", "abdomen:left", "2022-03-17", "2022-01-01", "yes", "PD", "no", "no", "no", "no", "27.9"),
    ("C04", "yes", "yes", "procedure", "groin:right", "2020-10", "2020-08-14", "yes", "HD", "yes", "yes", "no", "yes", "32.6"),
    ("C05", "yes", "yes", "accidental", "hip:left", "2023-12-04", "2023-11-11", "yes", "HD", "no", "no", "yes", "no", "22.9"),
    ("C06", "yes", "yes", "injection", "upper_arm:left", "2018-01", "2017", "yes", "HD", "yes", "yes", "no", "no", "29.9"),
    ("C07", "yes", "yes", "pressure", "lower_leg:right", "2023-06", "2023-04-19", "yes", "HD", "yes", "no", "no", "yes", "40.2"),
    ("C08", "yes", "yes", "procedure", "back:unspecified", "2025-03-03", "2025-01-28", "no", "none", "no", "no", "yes", "yes", "30.0"),
    ("C09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "42.7"),
    ("C10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.5"),
    ("C11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "34.8"),
    ("C12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "46.3"),
    ("C13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "32.1"),
    ("C14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "31.4"),
    ("C15", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.9"),
    ("C16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "22.4"),
    ("C17", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "no", "yes", "30.0"),
    ("C18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.2"),
    ("C19", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "31.2"),
    ("C20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27.1"),
]
