"""Patient-level gold for annotations/probe111 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("X01", "yes", "yes", "injection", "abdomen:bilateral", "2019-03-20", "2019-03-04", "yes", "HD", "yes", "yes", "no", "yes", "33.5"),
    ("X02", "yes", "yes", "thermal", "lower_leg:left", "2021-01", "2020-11-26", "yes", "HD", "yes", "no", "yes", "no", "27.2"),
    ("X03", "yes", "yes", "pressure", "thigh:right", "2023-03", "2022", "yes", "PD", "no", "no", "no", "yes", "30.0"),
    ("X04", "yes", "yes", "procedure", "groin:right", "2023-08-29", "2023-05-02", "yes", "HD", "yes", "yes", "yes", "no", "29.9"),
    ("X05", "yes", "yes", "accidental", "knee:left", "2021-06", "2021-05-31", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("X06", "yes", "yes", "injection", "upper_arm:unspecified", "2024-04-08", "2022-02", "yes", "PD", "yes", "yes", "no", "yes", "40.3"),
    ("X07", "yes", "yes", "thermal", "hip:right", "2026-02-20", "2026-01", "no", "none", "yes", "no", "yes", "yes", "31.0"),
    ("X08", "yes", "yes", "pressure", "foot:left", "2018-12-24", "2018-10", "yes", "HD", "no", "no", "yes", "yes", "30.2"),
    ("X09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.0"),
    ("X10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "22.0"),
    ("X11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "38.6"),
    ("X12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.4"),
    ("X13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.0"),
    ("X14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "29.5"),
    ("X15", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.1"),
    ("X16", "possible", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "25.3"),
    ("X17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.0"),
    ("X18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "27.0"),
    ("X19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "31.5"),
    ("X20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.9"),
]
