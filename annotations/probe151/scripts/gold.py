"""Patient-level gold for annotations/probe151 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "thigh:right", "2017-06-02", "2017-04-11", "yes", "PD", "yes", "yes", "no", "yes", "32.8"),
    ("A02", "yes", "yes", "thermal", "buttock:bilateral", "2021-03", "2020", "yes", "HD", "no", "no", "yes", "no", "27.0"),
    ("A03", "yes", "yes", "pressure", "lower_leg:left", "2020-03-24", "2020-03-02", "yes", "HD", "yes", "yes", "no", "no", "28.1"),
    ("A04", "yes", "yes", "procedure", "abdomen:unspecified", "2018-08", "2018-06", "yes", "HD", "no", "no", "no", "yes", "35.8"),
    ("A05", "yes", "yes", "accidental", "hip:right", "2024-02-05", "2024-01-16", "yes", "HD", "yes", "no", "no", "yes", "30.0"),
    ("A06", "yes", "yes", "injection", "upper_arm:right", "2022-11-24", "2022-11-11", "yes", "HD", "no", "no", "yes", "yes", "31.6"),
    ("A07", "yes", "yes", "pressure", "flank:bilateral", "2019-06", "2019-05-07", "yes", "PD", "yes", "yes", "no", "yes", "38.7"),
    ("A08", "yes", "yes", "injection;thermal", "abdomen:left", "2020-12-03", "2020-05", "yes", "HD", "yes", "yes", "no", "no", "24.1"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "42.3"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "22.5"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.6"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "33.6"),
    ("A13", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "39.6"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "29.2"),
    ("A15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "37.5"),
    ("A16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "25.8"),
    ("A17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "29.9"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "26.9"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "36.4"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.9"),
]
