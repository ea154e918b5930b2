"""Explain a note or a patient of a run folder: the note(s) re-extracted with the rules in use,
and the patient's candidate links (links.parquet) with their decision fields."""
from __future__ import annotations

import json
import math
from datetime import date
from pathlib import Path

import pandas as pd
from spacy.language import Language

from ..errors import KoebnerError
from ..resources import config_hashes
from .records import LinkRow, RunExplanation
from .text import explain_text


class ExplainError(KoebnerError, ValueError):
    """A run folder or id that cannot be explained."""


def _plain(value):
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    return value.item() if hasattr(value, "item") else value


def rules_changed(run_dir: Path) -> bool:
    """Whether the rules in use differ from those the run was made with (per run.json)."""
    path = run_dir / "run.json"
    if not path.is_file():
        return False
    then = json.loads(path.read_text()).get("config_hashes", {}).get("rules")
    return then is not None and then != config_hashes()["rules"]


def explain_in_run(nlp: Language, run_dir: str | Path, item_id: str) -> RunExplanation:
    """``item_id`` is a note_id (that note, and the links of its mentions) or a patient_id
    (every note of the patient, and all its candidate links)."""
    run_dir = Path(run_dir)
    notes_path = run_dir / "notes.parquet"
    if not notes_path.is_file():
        raise ExplainError(f"{run_dir}: no notes.parquet; is this a run folder "
                           f"(koebner run / extract --out)?")
    notes = pd.read_parquet(notes_path)
    chosen = notes[notes.note_id.astype(str) == item_id]
    by_note = not chosen.empty
    if not by_note:
        chosen = notes[notes.patient_id.astype(str) == item_id]
    if chosen.empty:
        raise ExplainError(f"{run_dir}: no note or patient with id {item_id!r} in notes.parquet")
    if "text" not in chosen.columns or chosen.text.fillna("").eq("").all():
        raise ExplainError(f"{run_dir}: the run was written with --redact; it holds no note text "
                           f"to explain")
    patient_id = str(chosen.patient_id.iloc[0])
    out = RunExplanation(str(run_dir), patient_id, [str(n) for n in chosen.note_id])
    for row in chosen.itertuples(index=False):
        note_date = pd.Timestamp(row.note_date).date() if pd.notna(row.note_date) else date.today()
        out.notes.append(explain_text(nlp, row.text, note_date, str(row.note_id), patient_id))
    links_path = run_dir / "links.parquet"
    if links_path.is_file():
        links = pd.read_parquet(links_path)
        links = links[links.patient_id.astype(str) == patient_id]
        if by_note:
            prefix = f"{item_id}:"
            links = links[links.trauma_id.astype(str).str.startswith(prefix)
                          | links.lesion_id.astype(str).str.startswith(prefix)]
        out.links = [LinkRow({k: _plain(v) for k, v in row.items()})
                     for row in links.to_dict("records")]
    patients_path = run_dir / "patients.csv"
    if patients_path.is_file():
        patients = pd.read_csv(patients_path, dtype=str)
        row = patients[patients.patient_id == patient_id]
        if not row.empty:
            out.patient = {k: _plain(v) for k, v in row.iloc[0].to_dict().items()}
    return out
