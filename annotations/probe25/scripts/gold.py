"""Patient-level gold for annotations/probe25 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("X01", "yes", "yes", "injection", "abdomen:left", "2023-04-03", "2023-02-14", "yes", "HD", "yes", "yes", "no", "yes", "32.9"),
    ("X02", "yes", "yes", "thermal", "shoulder:right", "2020-12-14", "2020-11-26", "yes", "PD", "no", "no", "yes", "no", "27.1"),
    ("X03", "yes", "yes", "pressure", "lower_leg:bilateral", "2019-08", "2019-06", "yes", "HD", "yes", "no", "yes", "yes", "29.6"),
    ("X04", "yes", "yes", "procedure", "thigh:right", "2021-03-23", "2021-03-02", "yes", "HD", "yes", "no", "no", "no", "26.4"),
    ("X05", "yes", "yes", "accidental", "hip:left", "2023-01-09", "2022-12-24", "yes", "PD", "no", "no", "yes", "no", "22.8"),
    ("X06", "yes", "yes", "injection", "upper_arm:bilateral", "2018-10-26", "2018-10-03", "yes", "HD", "yes", "yes", "no", "yes", ""),
    ("X07", "yes", "yes", "pressure", "ankle:left", "2024-05", "2024-02", "yes", "HD", "yes", "yes", "no", "yes", "35.2"),
    ("X08", "yes", "yes", "thermal", "back:unspecified", "2024-01-08", "2023", "yes", "HD", "yes", "yes", "no", "no", "28.4"),
    ("X09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.7"),
    ("X10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("X11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "40.6"),
    ("X12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "44.2"),
    ("X13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "19.8"),
    ("X14", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.4"),
    ("X15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.9"),
    ("X16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "no", "23.0"),
    ("X17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("X18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "21.4"),
    ("X19", "no", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "32.7"),
    ("X20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.8"),
]
