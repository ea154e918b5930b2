"""probe6 patient-level gold (guidelines v1.2, sections 4, 6 and 7); interval_days is computed by corpus_tools build."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset", "trauma_date",
          "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin", "obesity", "bmi"]

# patient, calciphylaxis, koebner, trauma_types, sites, lesion_onset, trauma_date,
#   esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi
ROWS = [
    ("Y01", "yes", "yes", "injection", "abdomen:left", "2021-03-03", "2019-08",
     "yes", "HD", "yes", "yes", "no", "yes", "41"),
    ("Y02", "yes", "yes", "thermal", "hip:right", "2022-02-06", "2022-01",
     "yes", "PD", "no", "no", "yes", "no", "27.4"),
    ("Y03", "yes", "yes", "pressure", "ankle:left", "2023-05-11", "2023-05-02",
     "yes", "HD", "yes", "no", "no", "yes", "33"),
    ("Y04", "yes", "yes", "procedure", "thigh:right", "2020-10-01", "2020-09-14",
     "yes", "HD", "no", "no", "no", "yes", "36.2"),
    ("Y05", "yes", "yes", "accidental", "lower_leg:right", "2023-07-10", "2023-07-04",
     "no", "none", "yes", "no", "yes", "no", "24.0"),
    ("Y06", "yes", "yes", "injection", "upper_arm:left", "2018-02-20", "2018-02-06",
     "yes", "HD", "yes", "yes", "no", "no", "28.0"),
    ("Y07", "yes", "yes", "pressure", "abdomen:unspecified", "2024-04", "2024-04-02",
     "yes", "HD", "yes", "yes", "no", "yes", "46.3"),
    ("Y08", "yes", "yes", "injection;thermal", "abdomen:left", "2019-06-21", "2019-06-01",
     "yes", "HD", "no", "no", "yes", "yes", "31.5"),
    ("Y09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "38"),
    ("Y10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "29.6"),
    ("Y11", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "35.1"),
    ("Y12", "yes", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "26"),
    ("Y13", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "yes", "31"),
    ("Y14", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "43"),
    ("Y15", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("Y16", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "24"),
    ("Y17", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "no", "27"),
    ("Y18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "yes", "32.8"),
    ("Y19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "29.0"),
    ("Y20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "31.2"),
]
