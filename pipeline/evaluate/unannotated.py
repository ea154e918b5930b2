"""What a run predicts on a corpus with no gold: mentions per label (all, and affirmed) and
patient decisions. On real notes without calciphylaxis (../shared/eval/real) every TRAUMA,
LESION or SITE that would reach the linker is a candidate false positive, and every
calciphylaxis or Koebner "yes" is one."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..records import EVENT_LABELS

LABELS = (*EVENT_LABELS, "SITE", "TIMEX")  # the order of the report rows
_FLAGS = ("negated", "uncertain", "hypothetical", "family")


@dataclass(frozen=True)
class LabelCount:
    """Predicted mentions of one label: all of them, and the affirmed ones."""
    label: str
    all: int
    affirmed: int  # not negated, uncertain, hypothetical or family


@dataclass(frozen=True)
class UnannotatedSummary:
    """What a run predicted on a corpus without gold: notes, patients, mentions and patient calls."""
    notes: int
    patients: int
    labels: tuple[LabelCount, ...]
    calciphylaxis_yes: int
    koebner_yes: int


def mention_counts(mentions: pd.DataFrame) -> tuple[LabelCount, ...]:
    """Mentions per label (every label, in LABELS order), all and affirmed (no assertion flag set)."""
    flags = [f for f in _FLAGS if f in mentions.columns]
    doubted = mentions[flags].fillna(False).astype(bool).any(axis=1) if flags else False
    out = []
    for label in LABELS:
        mine = mentions["label"] == label
        out.append(LabelCount(label, int(mine.sum()), int((mine & ~doubted).sum())))
    return tuple(out)


def summarize_run(run_dir: str | Path) -> UnannotatedSummary:
    """Counts from a run folder's notes.parquet, mentions.parquet and patients.csv."""
    run_dir = Path(run_dir)
    notes = pd.read_parquet(run_dir / "notes.parquet", columns=["note_id"])
    mentions = pd.read_parquet(run_dir / "mentions.parquet")
    patients = pd.read_csv(run_dir / "patients.csv", dtype=str, keep_default_na=False)
    return UnannotatedSummary(
        notes=len(notes), patients=len(patients), labels=mention_counts(mentions),
        calciphylaxis_yes=int((patients["calciphylaxis"] == "yes").sum()),
        koebner_yes=int((patients["koebner"] == "yes").sum()),
    )
