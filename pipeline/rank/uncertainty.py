"""Patients and notes ordered by how uncertain the pipeline's decision about them is.

A patient scores for each reason the decision could easily go the other way:

* calciphylaxis only ``possible`` (3): one confirming or ruling-out sentence decides it;
* conflicting assertions (2): the diagnosis is affirmed in some mentions and negated in others;
* Koebner ``yes`` resting on a single linked pair (1): one wrong mention undoes it;
* near misses (1 each, at most 3): a trauma at the same site as a lesion whose order is unknown
  because an event is undated;
* partial-site pairs (0.5 each, at most 2): a trauma before a lesion in the same region group
  but not the same region.

A note scores the reasons its own mentions give (doubted or conflicting diagnoses, undated
lesions and traumas of a scored patient). Ties are broken by patient and note id.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import KoebnerError


class RankError(KoebnerError, ValueError):
    """A folder that is not a finished run."""


@dataclass
class PatientRank:
    """A patient's uncertainty score (higher = more uncertain), their decision, and the reasons behind the score."""
    patient_id: str
    score: float
    calciphylaxis: str
    koebner: str
    reasons: list[str] = field(default_factory=list)


@dataclass
class NoteRank:
    """A note worth reading: its uncertainty score (higher = more uncertain) and why."""
    note_id: str
    patient_id: str
    score: float
    reasons: list[str] = field(default_factory=list)


def _read(run_dir: Path, name: str) -> pd.DataFrame:
    path = run_dir / name
    if not path.is_file():
        raise RankError(f"{run_dir}: no {name}; rank needs a finished run (koebner run --out)")
    if name.endswith(".csv"):
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    return pd.read_parquet(path)


def _patient(row: dict, mentions: pd.DataFrame, links: pd.DataFrame) -> PatientRank:
    rank = PatientRank(row["patient_id"], 0.0, row["calciphylaxis"], row["koebner"])
    if row["calciphylaxis"] == "possible":
        rank.score += 3
        rank.reasons.append("calciphylaxis only possible")
    calci = mentions[mentions.label == "CALCIPHYLAXIS"]
    affirmed = int((~(calci.negated | calci.uncertain | calci.hypothetical | calci.family)).sum())
    negated = int(calci.negated.sum())
    if affirmed and negated:
        rank.score += 2
        rank.reasons.append(f"calciphylaxis affirmed in {affirmed} mention(s), negated in "
                            f"{negated}")
    linked = links[links.linked]
    if row["koebner"] == "yes" and len(linked) == 1:
        rank.score += 1
        rank.reasons.append("Koebner yes rests on one linked pair")
    unlinked = links[~links.linked]
    undated = unlinked[unlinked.site_match.isin(["exact", "explicit"])
                       & (unlinked.order == "unknown")]
    if len(undated):
        rank.score += min(len(undated), 3)
        rank.reasons.append(f"{len(undated)} same-site pair(s) not linked because an event is "
                            f"undated or the order is unknown")
    partial = unlinked[(unlinked.site_match == "partial") & (unlinked.order == "before")]
    if len(partial):
        rank.score += 0.5 * min(len(partial), 4)
        rank.reasons.append(f"{len(partial)} pair(s) with the trauma first but only a partial "
                            f"site match")
    return rank


def _notes(mentions: pd.DataFrame, scored: set[str]) -> list[NoteRank]:
    out = []
    for (patient_id, note_id), group in mentions.groupby(["patient_id", "note_id"], sort=True):
        rank = NoteRank(str(note_id), str(patient_id), 0.0)
        calci = group[group.label == "CALCIPHYLAXIS"]
        doubted = int(calci.uncertain.sum())
        if doubted:
            rank.score += 2 * doubted
            rank.reasons.append(f"{doubted} doubted calciphylaxis mention(s)")
        if len(calci) and calci.negated.any() and (~calci.negated).any():
            rank.score += 2
            rank.reasons.append("calciphylaxis both negated and not in this note")
        if patient_id in scored:
            events = group[group.label.isin(["LESION", "TRAUMA"]) & ~group.negated
                           & ~group.hypothetical]
            undated = int(events.event_date.isna().sum())
            if undated:
                rank.score += 0.5 * undated
                rank.reasons.append(f"{undated} undated lesion/trauma mention(s) of an "
                                    f"uncertain patient")
        if rank.score:
            out.append(rank)
    return sorted(out, key=lambda r: (-r.score, r.patient_id, r.note_id))


def rank_run(run_dir: str | Path) -> tuple[list[PatientRank], list[NoteRank]]:
    """Patients (score > 0) and notes ordered by uncertainty, most uncertain first."""
    run_dir = Path(run_dir)
    patients = _read(run_dir, "patients.csv")
    mentions = _read(run_dir, "mentions.parquet")
    links = _read(run_dir, "links.parquet")
    ranked = []
    for row in patients.to_dict("records"):
        pid = row["patient_id"]
        rank = _patient(row, mentions[mentions.patient_id == pid],
                        links[links.patient_id == pid])
        if rank.score:
            ranked.append(rank)
    ranked.sort(key=lambda r: (-r.score, r.patient_id))
    return ranked, _notes(mentions, {r.patient_id for r in ranked})


def render_rank(patients: list[PatientRank], notes: list[NoteRank], limit: int = 20) -> str:
    """The ranking as text: the first ``limit`` patients and notes, with a hint to explain one."""
    lines = [f"{len(patients)} patient(s) with an uncertain decision; most uncertain first:"]
    for r in patients[:limit]:
        lines.append(f"  {r.score:>4.1f}  {r.patient_id} (calciphylaxis {r.calciphylaxis}, "
                     f"Koebner {r.koebner}): {'; '.join(r.reasons)}")
    lines.append(f"{len(notes)} note(s) to read; first:")
    for n in notes[:limit]:
        lines.append(f"  {n.score:>4.1f}  {n.note_id} ({n.patient_id}): {'; '.join(n.reasons)}")
    lines.append("explain one with: koebner explain RUN_DIR NOTE_ID")
    return "\n".join(lines) + "\n"
