"""Write a gold corpus as a run folder: the "oracle" run.

Scoring it must give 1.0 everywhere, which checks the scorer end to end; other stages (stats,
review) can also use it to see what they would show with perfect extraction.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline.corpus import GoldCorpus
from pipeline.records import ASSERTION_FLAGS, GOLD_FIELDS

from .mentions import gold_span


def oracle_frames(corpus: GoldCorpus) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(mentions, relations, patients) in the contract's columns, taken from the gold corpus."""
    notes = corpus.notes.set_index("note_id") if not corpus.notes.empty else pd.DataFrame()
    mentions, relations = [], []
    for note_id, doc in sorted(corpus.documents.items()):
        patient_id = str(notes.at[note_id, "patient_id"]) if note_id in notes.index else ""
        note_date = str(notes.at[note_id, "note_date"]) if note_id in notes.index else ""
        ids = {}
        for entity in doc.entities.values():
            span = gold_span(entity)
            ids[entity.id] = mention_id = f"{note_id}:{entity.id}"
            mentions.append({
                "patient_id": patient_id, "note_id": note_id, "note_date": note_date,
                "mention_id": mention_id, "label": span.label, "start": span.start,
                "end": span.end, "text": span.text, "section": "",
                **{flag: bool(span.value(flag)) for flag in ASSERTION_FLAGS},
                "region": span.value("region"), "laterality": span.value("laterality"),
                "trauma_type": span.value("trauma_type"),
                "agent": entity.attributes.get("Agent") if isinstance(
                    entity.attributes.get("Agent"), str) else None,
                "timex_value": span.value("timex_value"), "event_date": None, "rule": "gold",
            })
        for rel in doc.relations:
            relations.append({"patient_id": patient_id, "note_id": note_id, "type": rel.type,
                              "arg1": ids.get(rel.arg1, rel.arg1), "arg2": ids.get(rel.arg2, rel.arg2)})
    mention_cols = ["patient_id", "note_id", "note_date", "mention_id", "label", "start", "end",
                    "text", "section", *ASSERTION_FLAGS, "region", "laterality", "trauma_type",
                    "agent", "timex_value", "event_date", "rule"]
    relation_cols = ["patient_id", "note_id", "type", "arg1", "arg2"]
    patients = corpus.gold[["patient_id", *GOLD_FIELDS]].copy() if not corpus.gold.empty else \
        pd.DataFrame(columns=["patient_id", *GOLD_FIELDS])
    if not corpus.notes.empty:
        counts = corpus.notes.groupby("patient_id")["note_id"].count()
        patients["n_notes"] = patients["patient_id"].map(counts).fillna(0).astype(int)
    else:
        patients["n_notes"] = 0
    patients["evidence"] = ""
    return (pd.DataFrame(mentions, columns=mention_cols),
            pd.DataFrame(relations, columns=relation_cols), patients)


def write_oracle_run(corpus: GoldCorpus, out_dir: str | Path) -> Path:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    mentions, relations, patients = oracle_frames(corpus)
    mentions.to_parquet(out_dir / "mentions.parquet", index=False)
    relations.to_parquet(out_dir / "relations.parquet", index=False)
    patients.to_csv(out_dir / "patients.csv", index=False)
    return out_dir
