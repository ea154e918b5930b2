"""Patient-level gold for annotations/probe5 (guidelines v1.2, sections 4 and 7).

interval_days is not written here: ``scripts/corpus_tools.py build`` computes it from
lesion_onset and trauma_date.
"""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# pid, calc, koebner, trauma_types, sites, lesion_onset, trauma_date,
# esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("X01", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "26.3"),
    ("X02", "no", "no", "", "", "", "", "no", "none", "yes", "yes", "no", "yes", "39.5"),
    ("X03", "yes", "yes", "injection", "abdomen:left", "2022-02-16", "2016-08",
     "yes", "HD", "yes", "yes", "no", "yes", "38.2"),
    ("X04", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "29.4"),
    ("X05", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "31.2"),
    ("X06", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "45.2"),
    ("X07", "yes", "yes", "pressure", "flank:bilateral", "2023-07-04", "2023-05",
     "yes", "HD", "yes", "yes", "no", "yes", "41.0"),
    ("X08", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "19.8"),
    ("X09", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "28.0"),
    ("X10", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "yes", "34.0"),
    ("X11", "yes", "yes", "thermal", "thigh:right", "2020-10-25", "2020-10",
     "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("X12", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "22.0"),
    ("X13", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "36.8"),
    ("X14", "no", "no", "", "", "", "", "no", "none", "no", "no", "no", "no", "27.9"),
    ("X15", "yes", "yes", "procedure", "abdomen:right", "2021-02", "2021-01-12",
     "yes", "HD", "yes", "no", "no", "yes", "33.5"),
    ("X16", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "30.4"),
    ("X17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", ""),
    ("X18", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "yes", "no", "27.0"),
    ("X19", "yes", "yes", "accidental", "lower_leg:left", "2019-04-28", "2019-04-20",
     "yes", "HD", "no", "no", "yes", "no", "24.1"),
    ("X20", "no", "no", "", "", "", "", "no", "none", "yes", "no", "no", "no", "28.6"),
]
