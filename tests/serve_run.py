"""A small review run folder for the review-server tests, written by hand: five patients, their
notes, mentions, risk-factor evidence and candidate links (six identical pairs that fold into
one, as the linker produces when a trauma and a lesion are charted in several notes).
"""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pandas as pd

PATIENT_FIELDS = [
    "patient_id", "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset",
    "trauma_date", "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin",
    "obesity", "bmi", "n_notes", "evidence", "processed",  # processed: an extra column, kept
]

NOTES = {
    "S1-n1": ("S1", date(2021, 2, 1), "Dermatology Consult",
              "DERMATOLOGY CONSULT\nESRD on hemodialysis, type 2 diabetes on insulin. She injects "
              "insulin into the left lower abdomen and has done so since 2015. Exam: stellate "
              "necrotic eschar of the left lower abdomen, onset 01/10/2021. Punch biopsy consistent "
              "with calciphylaxis."),
    "S1-n2": ("S1", date(2021, 2, 15), "Wound Care",
              "Wound care follow-up. Left lower abdominal eschar unchanged. Continues insulin "
              "injections into the left lower abdomen since 2015; counselled to rotate sites."),
    "S1-n3": ("S1", date(2021, 3, 1), "Nephrology",
              "Nephrology note. Calciphylaxis on sodium thiosulfate with HD. Insulin injections "
              "into the left lower abdomen since 2015. Uses a heating pad on the right thigh."),
    "S2-n1": ("S2", date(2020, 11, 3), "Dermatology Consult",
              "Retiform purpura of the right thigh, biopsy-proven calciphylaxis. She has warmed "
              "the right thigh with a heating pad every night since October 2020."),
    "S3-n1": ("S3", date(2019, 5, 20), "Nephrology",
              "Painful violaceous plaque on the left calf. Concern for calciphylaxis vs "
              "cellulitis; biopsy pending."),
    "S4-n1": ("S4", date(2022, 1, 9), "Primary Care",
              "Annual visit. No skin lesions. No history of calciphylaxis."),
    "S5-n1": ("S5", date(2021, 8, 30), "Dermatology Consult",
              "Calciphylaxis with necrotic ulcers of both posterior thighs where he rests his "
              "elbows while sitting, a habit of many years."),
}


def _span(note_id: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    text, start = NOTES[note_id][3], -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _mention(note_id, mention_id, label, phrase, nth=0, **extra):
    pid, note_date, _, text = NOTES[note_id]
    start, end = _span(note_id, phrase, nth)
    row = dict(patient_id=pid, note_id=note_id, note_date=note_date, mention_id=mention_id,
               label=label, start=start, end=end, text=text[start:end], section="",
               negated=False, uncertain=False, historical=False, hypothetical=False, family=False,
               region=None, laterality=None, trauma_type=None, agent=None, timex_value=None,
               event_date=None, rule="test")
    row.update(extra)
    return row


def build_review_run(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    pd.DataFrame([(pid, nid, d, kind, text) for nid, (pid, d, kind, text) in NOTES.items()],
                 columns=["patient_id", "note_id", "note_date", "note_type", "text"]).to_parquet(
        folder / "notes.parquet", index=False)
    inj = dict(trauma_type="injection", agent="insulin", event_date="2015")
    mentions = [
        _mention("S1-n1", "S1-n1:M1", "TRAUMA", "injects insulin", nth=0, **inj),
        _mention("S1-n1", "S1-n1:M2", "SITE", "left lower abdomen", region="abdomen", laterality="left"),
        _mention("S1-n1", "S1-n1:M3", "LESION", "necrotic eschar", event_date="2021-01-10"),
        _mention("S1-n1", "S1-n1:M4", "CALCIPHYLAXIS", "calciphylaxis"),
        _mention("S1-n2", "S1-n2:M1", "LESION", "eschar", event_date="2021-01-10"),
        _mention("S1-n2", "S1-n2:M2", "TRAUMA", "insulin injections", **inj),
        _mention("S1-n2", "S1-n2:M3", "TRAUMA", "rotate sites", trauma_type="injection", hypothetical=True),
        _mention("S1-n3", "S1-n3:M1", "CALCIPHYLAXIS", "Calciphylaxis"),
        _mention("S1-n3", "S1-n3:M2", "TRAUMA", "Insulin injections", **inj),
        _mention("S1-n3", "S1-n3:M3", "TRAUMA", "heating pad", trauma_type="thermal"),
        _mention("S2-n1", "S2-n1:M1", "LESION", "Retiform purpura", event_date="2020-11"),
        _mention("S2-n1", "S2-n1:M2", "CALCIPHYLAXIS", "calciphylaxis"),
        _mention("S2-n1", "S2-n1:M3", "TRAUMA", "heating pad", trauma_type="thermal", event_date="2020-10"),
        _mention("S3-n1", "S3-n1:M1", "CALCIPHYLAXIS", "calciphylaxis", uncertain=True),
        _mention("S4-n1", "S4-n1:M1", "CALCIPHYLAXIS", "calciphylaxis", negated=True),
        _mention("S5-n1", "S5-n1:M1", "CALCIPHYLAXIS", "Calciphylaxis"),
        _mention("S5-n1", "S5-n1:M2", "LESION", "necrotic ulcers"),
        _mention("S5-n1", "S5-n1:M3", "TRAUMA", "rests his elbows", trauma_type="pressure"),
    ]
    pd.DataFrame(mentions).to_parquet(folder / "mentions.parquet", index=False)
    pd.DataFrame(columns=["patient_id", "note_id", "type", "arg1", "arg2"]).astype(str).to_parquet(
        folder / "relations.parquet", index=False)
    facts = []
    for note_id, fact, value, phrase in (("S1-n1", "esrd", "yes", "ESRD"),
                                         ("S1-n1", "diabetes", "yes", "type 2 diabetes"),
                                         ("S1-n1", "dialysis", "HD", "hemodialysis")):
        pid, d, _, text = NOTES[note_id]
        start, end = _span(note_id, phrase)
        facts.append(dict(patient_id=pid, note_id=note_id, note_date=d, fact=fact, value=value,
                          start=start, end=end, text=text[start:end], section="", rule=fact))
    pd.DataFrame(facts).to_parquet(folder / "facts.parquet", index=False)
    same = ("injection", "abdomen", "left", "left", "exact", "2015", "2021-01-10", "before", None,
            0.9, True, "insulin injections into the same side of the abdomen, begun years before")
    links = [("S1", t, k, *same) for t in ("S1-n1:M1", "S1-n2:M2", "S1-n3:M2")
             for k in ("S1-n1:M3", "S1-n2:M1")]
    links.append(("S1", "S1-n3:M3", "S1-n1:M3", "thermal", "abdomen", "right", "left", "none",
                  None, "2021-01-10", "unknown", None, 0.1, False,
                  "heating pad on the right thigh: not the lesion's site"))
    links.append(("S2", "S2-n1:M3", "S2-n1:M1", "thermal", "thigh", "right", "right", "exact",
                  "2020-10", "2020-11", "before", 31, 0.8, True, "heating pad on the same thigh"))
    links.append(("S5", "S5-n1:M3", "S5-n1:M2", "pressure", "thigh", "bilateral", "bilateral",
                  "exact", None, None, "unknown", None, 0.6, True, "pressure on the same sites"))
    pd.DataFrame(links, columns=[
        "patient_id", "trauma_id", "lesion_id", "trauma_type", "region", "trauma_laterality",
        "lesion_laterality", "site_match", "trauma_date", "lesion_onset", "order",
        "interval_days", "score", "linked", "reason"]).to_parquet(folder / "links.parquet", index=False)
    rows = [
        ["S1", "yes", "yes", "injection", "abdomen:left", "2021-01-10", "2015", "", "yes", "HD",
         "yes", "yes", "no", "", "", "3", "S1-n1;S1-n2;S1-n3", "true"],
        ["S2", "yes", "yes", "thermal", "thigh:right", "2020-11", "2020-10", "31", "", "", "", "",
         "", "", "", "1", "S2-n1", "true"],
        ["S3", "possible", "no", "", "", "", "", "", "", "", "", "", "", "", "", "1", "S3-n1", "true"],
        ["S4", "no", "no", "", "", "", "", "", "", "", "", "", "", "", "", "1", "", "true"],
        ["S5", "yes", "yes", "pressure", "thigh:bilateral", "", "", "", "", "", "", "", "", "",
         "", "1", "S5-n1", "true"],
    ]
    with (folder / "patients.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(PATIENT_FIELDS)
        writer.writerows(rows)
    return folder
