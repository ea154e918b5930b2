"""Patient-level gold for annotations/probe135 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("X01", "yes", "yes", "injection", "thigh:right", "2019-10-02", "2017-04-11", "yes", "HD", "yes", "yes", "no", "yes", "35.9"),
    ("X02", "yes", "yes", "injection", "upper_arm:left", "2021-11-08", "2021-10-19", "yes", "HD", "no", "no", "yes", "no", "27.5"),
    ("X03", "yes", "yes", "pressure", "flank:bilateral", "2022-12-25", "2022", "yes", "HD", "yes", "no", "no", "yes", "33.1"),
    ("X04", "yes", "yes", "thermal", "lower_leg:right", "2024-05", "2024-04", "yes", "HD", "yes", "no", "no", "no", "29.9"),
    ("X05", "yes", "yes", "procedure", "abdomen:right", "2023-05-29", "2023-02-07", "yes", "HD", "no", "no", "no", "no", "24.3"),
    ("X06", "yes", "yes", "accidental", "hip:left", "2018-01-22", "2017-12-31", "yes", "HD", "yes", "yes", "yes", "yes", "37.6"),
    ("X07", "yes", "yes", "injection", "abdomen:unspecified", "2025-04", "2025-02", "yes", "HD", "yes", "no", "no", "yes", "38.7"),
    ("X08", "yes", "yes", "pressure", "breast:left", "2016-08", "", "yes", "PD", "yes", "yes", "no", "yes", "43.0"),
    ("X09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.0"),
    ("X10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "43.5"),
    ("X11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.1"),
    ("X12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("X13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.7"),
    ("X14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "28.4"),
    ("X15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "yes", "32.0"),
    ("X16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "47.5"),
    ("X17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.8"),
    ("X18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "34.9"),
    ("X19", "no", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "27.1"),
    ("X20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "31.6"),
]
