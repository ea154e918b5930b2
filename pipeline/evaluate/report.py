"""The library entry point: score a run folder against a gold corpus and write the results."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.corpus import GoldCorpus, read_corpus

from ..errors import KoebnerError
from .errors import ErrorItem, write_jsonl, write_markdown
from .mentions import MentionScores, score_mentions
from .patients import PatientScores, score_patients
from .relations import RelationScores, score_relations
from .run_files import read_run

SPLITS = ("all", "train", "test")


class EvaluationInputError(KoebnerError, ValueError):
    """The gold corpus or the split cannot be used as asked."""


@dataclass
class EvaluationResult:
    """Everything scored for one run against one gold corpus and split; a level left None was not scored."""
    gold_dir: str
    run_dir: str
    split: str
    patients: PatientScores | None = None
    mentions: MentionScores | None = None
    relations: RelationScores | None = None
    not_scored: list[str] = field(default_factory=list)  # what could not be scored, and why
    notes: list[str] = field(default_factory=list)  # what the reader of the figures should know
    errors: list[ErrorItem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The content of evaluation.json: scores per level, notes and error counts (not the errors)."""
        return {
            "gold_dir": self.gold_dir,
            "run_dir": self.run_dir,
            "split": self.split,
            "patients": self.patients.to_dict() if self.patients else None,
            "mentions": self.mentions.to_dict() if self.mentions else None,
            "relations": self.relations.to_dict() if self.relations else None,
            "not_scored": self.not_scored,
            "notes": self.notes,
            "error_counts": dict(sorted(Counter(e.kind for e in self.errors).items())),
        }


def split_patients(gold_dir: Path, split: str) -> set[str] | None:
    """Patient ids of ``split`` from ``splits.csv``; ``None`` means every patient."""
    if split not in SPLITS:
        raise EvaluationInputError(f"split must be one of {', '.join(SPLITS)}, not {split!r}")
    if split == "all":
        return None
    path = gold_dir / "splits.csv"
    if not path.exists():
        raise EvaluationInputError(f"--split {split} needs {path}, which does not exist")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in ("patient_id", "split"):
        if column not in table.columns:
            raise EvaluationInputError(f"{path}: missing column {column}")
    chosen = {str(p) for p in table.loc[table["split"].str.strip() == split, "patient_id"]}
    if not chosen:
        raise EvaluationInputError(f"{path}: no patient has split {split!r}")
    return chosen


def _note_patients(corpus: GoldCorpus) -> dict[str, str]:
    if corpus.notes.empty or "note_id" not in corpus.notes.columns:
        return {}
    return dict(zip(corpus.notes["note_id"].astype(str), corpus.notes["patient_id"].astype(str)))


def evaluate_run(gold_dir: str | Path, run_dir: str | Path, split: str = "all") -> EvaluationResult:
    """Score the run folder ``run_dir`` against the gold corpus ``gold_dir`` (contract, "Scoring").

    Files missing from the run are not scored and are listed in ``not_scored``.
    """
    gold_dir, run_dir = Path(gold_dir), Path(run_dir)
    corpus = read_corpus(gold_dir)
    run = read_run(run_dir)
    chosen = split_patients(gold_dir, split)
    result = EvaluationResult(str(gold_dir), str(run_dir), split)

    note_patients = _note_patients(corpus)
    documents = corpus.documents
    if chosen is not None:
        documents = {n: d for n, d in documents.items() if note_patients.get(n) in chosen}
        result.notes.append(f"split {split}: {len(chosen)} patients, {len(documents)} gold notes")
    result.notes.append(
        "Only notes with brat annotations in the gold corpus are scored; predicted mentions and "
        "relations in other notes are ignored (counts under ignored_predictions)."
    )

    if run.mentions is None:
        result.not_scored.append("mentions: mentions.parquet is missing from the run folder")
    elif not documents:
        result.not_scored.append("mentions: the gold corpus has no brat annotations")
    else:
        result.mentions, alignment, errors = score_mentions(documents, note_patients, run.mentions)
        result.errors += errors
        if result.mentions.offset_text_mismatches:
            result.notes.append(
                f"{result.mentions.offset_text_mismatches} predicted mention(s) have a text that "
                "differs from the gold note at their offsets: were offsets taken on other text?"
            )
        if run.relations is None:
            result.not_scored.append("relations: relations.parquet is missing from the run folder")
        else:
            result.relations, errors = score_relations(
                documents, note_patients, run.relations, alignment)
            result.errors += errors
    if run.mentions is None and run.relations is not None:
        result.not_scored.append("relations: scoring them needs mentions.parquet")

    gold = corpus.gold
    if run.patients is None:
        result.not_scored.append("patients: patients.csv is missing from the run folder")
    elif gold.empty:
        result.not_scored.append("patients: the gold corpus has no gold.csv")
    else:
        predicted = run.patients
        if chosen is not None:
            gold = gold[gold["patient_id"].isin(chosen)]
            others = set(corpus.gold["patient_id"]) - chosen
            predicted = predicted[~predicted["patient_id"].isin(others)]
        result.patients, errors = score_patients(gold, predicted, run.links)
        result.errors += errors
        if run.links is None:
            result.notes.append("links.parquet is missing: patient errors are listed without links")
    return result


def write_evaluation(result: EvaluationResult, out_dir: str | Path) -> dict[str, Path]:
    """Write evaluation.json, errors.jsonl and errors.md into ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {
        "evaluation": out_dir / "evaluation.json",
        "errors_jsonl": out_dir / "errors.jsonl",
        "errors_md": out_dir / "errors.md",
    }
    paths["evaluation"].write_text(json.dumps(result.to_dict(), indent=2) + "\n", encoding="utf-8")
    write_jsonl(result.errors, paths["errors_jsonl"])
    write_markdown(result.errors, paths["errors_md"],
                   title=f"Evaluation errors ({Path(result.run_dir).name}, split {result.split})")
    return paths
