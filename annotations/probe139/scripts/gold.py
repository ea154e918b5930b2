"""Patient-level gold for annotations/probe139 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "thermal", "thigh:right", "2019-04-16", "2019-03-03", "yes", "HD", "yes", "yes", "no", "yes", "32.7"),
    ("A02", "yes", "yes", "injection", "thigh:bilateral", "2021-01-12", "2020-12-28", "yes", "HD", "no", "no", "yes", "no", "27.5"),
    ("A03", "yes", "yes", "procedure", "thigh:left", "2022-11", "2022-10-14", "yes", "PD", "yes", "no", "no", "yes", "30.0"),
    ("A04", "yes", "yes", "pressure", "upper_arm:right", "2018-06-02", "2018", "yes", "HD", "no", "no", "no", "no", "24.2"),
    ("A05", "yes", "yes", "accidental", "lower_leg:right", "2023-07-14", "2023-07-04", "yes", "HD", "yes", "yes", "yes", "no", "28.4"),
    ("A06", "yes", "yes", "injection", "breast:right", "2017-05", "2017-03", "yes", "PD", "yes", "yes", "no", "no", "22.5"),
    ("A07", "yes", "yes", "thermal", "lower_leg:left", "2025-03-17", "2025-01-11", "no", "none", "no", "no", "yes", "yes", "36.0"),
    ("A08", "yes", "yes", "pressure;procedure", "abdomen:left", "2016-09", "2016-08-23", "yes", "HD", "yes", "yes", "no", "yes", "41.9"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.0"),
    ("A10", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "35.1"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31.0"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "yes", "29.4"),
    ("A13", "yes", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "no", "25.1"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "46.6"),
    ("A15", "possible", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "27.9"),
    ("A16", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "no", "yes", "29.8"),
    ("A17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "23.0"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "34.0"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "no", "29.9"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.7"),
]
