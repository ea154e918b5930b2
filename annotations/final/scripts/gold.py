"""Patient-level gold labels (guidelines sections 4 and 7), decided from the notes alone."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

# interval_days is left as None here and computed by build.py from the two dates.
# pid, calc, koebner, types, sites, onset, trauma_date, esrd, dialysis, dm, insulin, warfarin, obesity, bmi
ROWS = [
    ("Z01", "yes", "yes", "injection", "abdomen:bilateral", "2023-01-04", "2021-03", "yes", "HD", "yes", "yes", "no", "yes", "35.9"),
    ("Z02", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "27.1"),
    ("Z03", "possible", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "yes", "41.2"),
    ("Z04", "yes", "yes", "thermal", "flank:left", "", "", "yes", "HD", "yes", "no", "no", "yes", "33.0"),
    ("Z05", "no", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", "31.5"),
    ("Z06", "yes", "yes", "pressure", "forearm:left", "2022-06", "2022-04", "yes", "PD", "yes", "no", "no", "yes", "38.9"),
    ("Z07", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "44.0"),
    ("Z08", "yes", "yes", "procedure", "lower_leg:left", "2021-07", "2021-06-09", "yes", "HD", "yes", "yes", "yes", "no", "24.8"),
    ("Z09", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", ""),
    ("Z10", "yes", "yes", "accidental", "lower_leg:right", "2017-03-01", "2017-02-06", "yes", "HD", "yes", "no", "yes", "no", "29.4"),
    ("Z11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "no", "22.0"),
    ("Z12", "yes", "yes", "injection", "upper_arm:bilateral", "", "", "yes", "PD", "no", "no", "no", "yes", "32.7"),
    ("Z13", "yes", "no", "", "", "", "", "no", "none", "yes", "yes", "yes", "yes", "45.0"),
    ("Z14", "yes", "yes", "thermal", "knee:right", "2019-10-22", "2018", "yes", "HD", "yes", "yes", "no", "yes", "34.8"),
    ("Z15", "possible", "no", "", "", "", "", "no", "none", "yes", "no", "yes", "no", "19.8"),
    ("Z16", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("Z17", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.0"),
    ("Z18", "yes", "yes", "pressure;procedure", "abdomen:left", "2021-02", "2020-11-03", "yes", "PD", "yes", "yes", "no", "no", "28.3"),
    ("Z19", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "30.0"),
    ("Z20", "no", "no", "", "", "", "", "yes", "HD", "yes", "yes", "yes", "yes", "39.5"),
]
