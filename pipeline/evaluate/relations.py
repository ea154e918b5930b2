"""Relation scoring: a predicted relation is right when both its arguments are lenient-matched to
the two gold mentions that a gold relation of the same type joins."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from pipeline.corpus import BratDocument

from .errors import ErrorItem, snippet
from .mentions import MentionAlignment, SpanRecord
from .metrics import PRF

RELATION_TYPES = ("LOCATION", "TIME")


@dataclass
class RelationScores:
    """Relation counts per type, and how many predictions fell in notes outside the gold corpus."""
    by_type: dict[str, PRF] = field(default_factory=dict)
    ignored_predictions: int = 0  # relations in notes that are not in the gold corpus

    @property
    def micro(self) -> PRF:
        """Counts summed over all relation types."""
        return sum(self.by_type.values(), PRF())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, with the micro figures."""
        return {
            "by_type": {k: v.to_dict() for k, v in self.by_type.items()},
            "micro": self.micro.to_dict(),
            "ignored_predictions": self.ignored_predictions,
        }


def _describe(span: SpanRecord | None, fallback: str) -> str:
    if span is None:
        return fallback
    return f"{span.label} {span.start}-{span.end} {span.text!r}"


def _pair_snippet(text: str, a: SpanRecord | None, b: SpanRecord | None) -> str:
    spans = [s for s in (a, b) if s is not None]
    if not spans:
        return ""
    return snippet(text, min(s.start for s in spans), max(s.end for s in spans))


def score_relations(
    documents: dict[str, BratDocument],
    note_patients: dict[str, str],
    predictions: pd.DataFrame,
    alignment: MentionAlignment,
) -> tuple[RelationScores, list[ErrorItem]]:
    """Score predicted relations against the gold relations of ``documents``.

    A prediction counts when both arguments were lenient-matched (``alignment``) to the arguments of
    a gold relation of its type; each gold relation counts once. Returns the scores and an error
    item per false positive and false negative.
    """
    gold_types = {r.type.upper() for d in documents.values() for r in d.relations}
    types = list(RELATION_TYPES) + sorted((gold_types | set(predictions["type"])) - set(RELATION_TYPES))
    scores = RelationScores(by_type={t: PRF() for t in types})
    errors: list[ErrorItem] = []
    in_gold = predictions["note_id"].isin(documents.keys())
    scores.ignored_predictions = int((~in_gold).sum())
    by_note = {note_id: frame for note_id, frame in predictions[in_gold].groupby("note_id")}

    for note_id in sorted(documents):
        doc = documents[note_id]
        patient_id = note_patients.get(note_id)
        gold_spans = alignment.gold.get(note_id, {})
        pred_spans = alignment.pred.get(note_id, {})
        to_gold = alignment.pred_to_gold.get(note_id, {})
        gold_rel = {(r.type.upper(), r.arg1, r.arg2) for r in doc.relations}
        found: set[tuple[str, str, str]] = set()
        frame = by_note.get(note_id)
        for row in (frame.to_dict("records") if frame is not None else []):
            rtype, arg1, arg2 = row["type"], str(row["arg1"]), str(row["arg2"])
            key = (rtype, to_gold.get(arg1, ""), to_gold.get(arg2, ""))
            if key in gold_rel and key not in found:
                found.add(key)
                scores.by_type[rtype].tp += 1
                continue
            scores.by_type[rtype].fp += 1
            a, b = pred_spans.get(arg1), pred_spans.get(arg2)
            if a is None or b is None:
                reason = "argument is not a mention of this note in mentions.parquet"
            elif key[1] == "" or key[2] == "":
                reason = "argument matches no gold mention"
            elif key in found:
                reason = "duplicate of a relation already counted"
            else:
                reason = "gold has no such relation between the matched mentions"
            errors.append(ErrorItem("relation_fp", patient_id, note_id, {
                "type": rtype, "arg1": _describe(a, arg1), "arg2": _describe(b, arg2),
                "reason": reason, "context": _pair_snippet(doc.text, a, b)}))
        for rtype, g1, g2 in sorted(gold_rel - found):
            scores.by_type[rtype].fn += 1
            a, b = gold_spans.get(g1), gold_spans.get(g2)
            errors.append(ErrorItem("relation_fn", patient_id, note_id, {
                "type": rtype, "arg1": _describe(a, g1), "arg2": _describe(b, g2),
                "context": _pair_snippet(doc.text, a, b)}))
    return scores, errors
