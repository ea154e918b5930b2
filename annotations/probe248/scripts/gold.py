"""Patient-level gold for annotations/probe248 (guidelines v1.2, sections 4 and 7).
interval_days is computed by scripts/corpus_tools.py build from lesion_onset and trauma_date."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date, esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("B01", "yes", "yes", "injection", "upper_arm:right", "2023-05-16", "2023-03-14", "yes", "none", "no", "no", "yes", "no", "27.4"),
    ("B02", "yes", "yes", "accidental;thermal", "lower_leg:right", "2022-01", "2021-11-25", "yes", "none", "yes", "no", "no", "yes", "30.9"),
    ("B03", "yes", "yes", "pressure", "hip:left", "2020-06-18", "2020-02", "yes", "none", "no", "no", "yes", "yes", "29.5"),
    ("B04", "yes", "yes", "procedure", "abdomen:right", "2019-10-22", "2019-09-04", "yes", "PD", "yes", "yes", "no", "no", "28.6"),
    ("B05", "yes", "yes", "injection", "thigh:bilateral", "2024-03-28", "2011", "yes", "none", "yes", "yes", "no", "yes", "35.4"),
    ("B06", "yes", "yes", "accidental", "forearm:left", "2022-12", "2022-10", "yes", "none", "no", "no", "no", "no", "21.6"),
    ("B07", "yes", "yes", "thermal", "flank:left", "2021-07-02", "2021-04", "yes", "none", "no", "no", "no", "no", "25.7"),
    ("B08", "yes", "yes", "pressure", "breast:left", "2023-10-03", "", "yes", "HD", "yes", "no", "yes", "yes", "40.8"),
    ("B09", "yes", "no", "", "", "", "", "yes", "none", "no", "no", "no", "yes", "30.2"),
    ("B10", "yes", "no", "", "", "", "", "yes", "none", "yes", "no", "yes", "yes", "33.6"),
    ("B11", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24.6"),
    ("B12", "yes", "no", "", "", "", "", "yes", "none", "no", "no", "no", "yes", "38.1"),
    ("B13", "yes", "no", "", "", "", "", "yes", "none", "yes", "yes", "yes", "no", "27.1"),
    ("B14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.0"),
    ("B15", "possible", "no", "", "", "", "", "yes", "none", "yes", "yes", "no", "no", "29.1"),
    ("B16", "possible", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "31.0"),
    ("B17", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "32.8"),
    ("B18", "no", "no", "", "", "", "", "yes", "none", "no", "no", "yes", "no", "25.3"),
    ("B19", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "30.0"),
    ("B20", "no", "no", "", "", "", "", "yes", "none", "no", "no", "no", "no", "23.2"),
]
