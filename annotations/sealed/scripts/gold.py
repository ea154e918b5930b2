"""Patient-level gold for annotations/sealed (guidelines v1.2, sections 4 and 7).
ROWS: patient_id, calciphylaxis, koebner, trauma_types, sites, lesion_onset, trauma_date,
then esrd, dialysis, diabetes, insulin, warfarin, obesity, bmi. interval_days is computed by build.py."""

FIELDS = ["patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
          "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
          "obesity", "bmi"]

ROWS = [
    # calciphylaxis yes, Koebner yes
    ("S01", "yes", "yes", "injection", "abdomen:left", "2020-03-04", "2017-06", "yes", "HD", "yes", "yes", "no", "yes", "36.2"),
    ("S02", "yes", "yes", "thermal", "knee:bilateral", "2021-07-30", "2021", "yes", "PD", "no", "no", "yes", "no", "27.1"),
    ("S03", "yes", "yes", "pressure", "lower_leg:left", "2022-02", "2022-01", "yes", "HD", "yes", "no", "no", "no", "24.0"),
    ("S04", "yes", "yes", "procedure", "breast:right", "", "", "yes", "HD", "yes", "yes", "no", "yes", "41"),
    ("S05", "yes", "yes", "accidental", "lower_leg:left", "2023-03-27", "2023-03", "yes", "HD", "yes", "yes", "no", "yes", "33.5"),
    ("S06", "yes", "yes", "injection", "abdomen:right", "2024-06-01", "2024-05-02", "no", "none", "no", "no", "yes", "yes", "44.8"),
    ("S07", "yes", "yes", "thermal", "back:unspecified", "2019-10", "2017", "yes", "HD", "no", "no", "no", "yes", "31.0"),
    ("S08", "yes", "yes", "pressure", "flank:bilateral", "2024-04", "2024-02-19", "yes", "HD", "yes", "yes", "no", "no", "28.3"),
    # calciphylaxis yes, Koebner no
    ("S09", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "39.0"),
    ("S10", "yes", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "26.5"),
    ("S11", "yes", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "30.4"),
    ("S12", "yes", "no", "", "", "", "", "yes", "PD", "yes", "yes", "no", "no", "25.2"),
    ("S13", "yes", "no", "", "", "", "", "no", "none", "no", "no", "yes", "yes", ""),
    # possible
    ("S14", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "34.7"),
    ("S15", "possible", "no", "", "", "", "", "yes", "HD", "no", "no", "yes", "no", "23.9"),
    ("S16", "possible", "no", "", "", "", "", "yes", "PD", "yes", "no", "no", "yes", "37.5"),
    ("S17", "possible", "no", "", "", "", "", "yes", "HD", "yes", "yes", "no", "yes", "32.0"),
    # no
    ("S18", "no", "no", "", "", "", "", "yes", "HD", "no", "no", "no", "no", "21.8"),
    ("S19", "no", "no", "", "", "", "", "yes", "PD", "yes", "yes", "yes", "yes", "35.1"),
    ("S20", "no", "no", "", "", "", "", "yes", "HD", "yes", "no", "no", "no", "19.6"),
]
