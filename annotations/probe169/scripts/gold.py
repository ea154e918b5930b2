"""Patient-level gold for annotations/probe169 (guidelines v1.2, sections 4, 6 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("A01", "yes", "yes", "injection", "abdomen:right", "2019-10-21", "2019-08-12", "yes", "HD", "no", "no", "no", "yes", "32.8"),
    ("A02", "yes", "yes", "pressure", "chest:bilateral", "2017-11-23", "2017", "yes", "PD", "no", "no", "yes", "no", "26.9"),
    ("A03", "yes", "yes", "thermal", "lower_leg:left", "2022-05-30", "2022-03", "yes", "HD", "yes", "yes", "no", "yes", "31.5"),
    ("A04", "yes", "yes", "procedure", "thigh:right", "2023-10-31", "2023-09-19", "no", "none", "no", "no", "yes", "yes", "30.0"),
    ("A05", "yes", "yes", "accidental", "hip:right", "2024-02-21", "2024-02-07", "yes", "HD", "yes", "no", "yes", "no", "23.9"),
    ("A06", "yes", "yes", "injection", "buttock:left", "2018-03", "2018-01", "yes", "HD", "no", "no", "yes", "no", "22.1"),
    ("A07", "yes", "yes", "pressure", "groin:left", "2021-01-26", "2020-10", "yes", "PD", "yes", "yes", "no", "yes", "35.8"),
    ("A08", "yes", "yes", "injection;thermal", "abdomen:left", "2022-02-14", "2016-03", "yes", "HD", "yes", "yes", "no", "yes", "40.6"),
    ("A09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "28.8"),
    ("A10", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "34.0"),
    ("A11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38.3"),
    ("A12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "29.9"),
    ("A13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "21.3"),
    ("A14", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "yes", "30.9"),
    ("A15", "possible", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "31.8"),
    ("A16", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "27.0"),
    ("A17", "possible", "no", "", "", "", "", "yes", "PD", "no", "no", "yes", "no", "25.5"),
    ("A18", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "35.5"),
    ("A19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "29.4"),
    ("A20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26.0"),
]
