"""Mention-level scoring: lenient and strict span matching per note, then attributes on pairs."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from pipeline.corpus import BratDocument, BratEntity
from pipeline.records import ASSERTION_FLAGS, EVENT_LABELS, LABELS

from .errors import ErrorItem, snippet
from .metrics import PRF, Accuracy

# Which labels each attribute is scored on. Flags only exist on event labels in the guidelines;
# scoring them on SITE/TIMEX would count trivially-false pairs as correct.
ATTRIBUTE_LABELS: dict[str, tuple[str, ...]] = {
    **{flag: EVENT_LABELS for flag in ASSERTION_FLAGS},
    "region": ("SITE",),
    "laterality": ("SITE",),
    "trauma_type": ("TRAUMA",),
    "timex_value": ("TIMEX",),
}
_BRAT_VALUE_ATTRS = {"region": "Region", "laterality": "Laterality", "trauma_type": "TraumaType"}


@dataclass(frozen=True)
class SpanRecord:
    """A gold or predicted mention reduced to what is scored."""

    id: str
    label: str
    start: int
    end: int
    text: str
    values: tuple[tuple[str, Any], ...] = ()  # (attribute, normalised value), see ATTRIBUTE_LABELS

    def value(self, name: str) -> Any:
        """The normalised value of attribute ``name`` (a flag, region, laterality, ...), or None if absent."""
        return dict(self.values).get(name)


def gold_span(entity: BratEntity) -> SpanRecord:
    """A brat entity as a SpanRecord: flags from its attributes, values lower-cased, TIMEX value from its note."""
    values: dict[str, Any] = {flag: entity.attributes.get(flag.capitalize()) is True
                              for flag in ASSERTION_FLAGS}
    for name, brat_name in _BRAT_VALUE_ATTRS.items():
        raw = entity.attributes.get(brat_name)
        values[name] = raw.strip().lower() if isinstance(raw, str) and raw.strip() else None
    values["timex_value"] = (entity.note or "").strip() or None
    return SpanRecord(entity.id, entity.label, entity.start, entity.end, entity.text,
                      tuple(values.items()))


def predicted_span(row: dict[str, Any]) -> SpanRecord:
    """A mentions.parquet row as a SpanRecord (its mention_id as id)."""
    values = {flag: bool(row[flag]) for flag in ASSERTION_FLAGS}
    for name in ("region", "laterality", "trauma_type", "timex_value"):
        values[name] = row.get(name)
    return SpanRecord(str(row["mention_id"]), row["label"], int(row["start"]), int(row["end"]),
                      row.get("text") or "", tuple(values.items()))


def _overlap(a: SpanRecord, b: SpanRecord) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match_lenient(gold: list[SpanRecord], pred: list[SpanRecord]) -> list[tuple[SpanRecord, SpanRecord]]:
    """One-to-one pairs of the same label with overlapping spans, greedy by largest overlap.

    Ties go to the pair whose boundaries are closest, then to text order, so the result does not
    depend on input order.
    """
    candidates = []
    for g in gold:
        for p in pred:
            if g.label == p.label and _overlap(g, p) > 0:
                distance = abs(g.start - p.start) + abs(g.end - p.end)
                candidates.append((-_overlap(g, p), distance, g.start, p.start, g.id, p.id, g, p))
    candidates.sort(key=lambda c: c[:6])
    used_gold: set[str] = set()
    used_pred: set[str] = set()
    pairs = []
    for *_, g, p in candidates:
        if g.id in used_gold or p.id in used_pred:
            continue
        used_gold.add(g.id)
        used_pred.add(p.id)
        pairs.append((g, p))
    return pairs


def match_strict(gold: list[SpanRecord], pred: list[SpanRecord]) -> list[tuple[SpanRecord, SpanRecord]]:
    """One-to-one pairs of the same label and identical offsets."""
    waiting: dict[tuple[str, int, int], list[SpanRecord]] = defaultdict(list)
    for g in sorted(gold, key=lambda s: s.id):
        waiting[(g.label, g.start, g.end)].append(g)
    pairs = []
    for p in sorted(pred, key=lambda s: (s.start, s.id)):
        queue = waiting.get((p.label, p.start, p.end))
        if queue:
            pairs.append((queue.pop(0), p))
    return pairs


@dataclass
class MentionScores:
    """Mention-level scores: lenient and strict counts per label, attribute accuracy on matched pairs."""
    lenient: dict[str, PRF] = field(default_factory=dict)
    strict: dict[str, PRF] = field(default_factory=dict)
    attributes: dict[str, Accuracy] = field(default_factory=dict)
    gold_notes: int = 0
    gold_notes_with_predictions: int = 0
    ignored_predictions: int = 0  # predicted mentions in notes that are not in the gold corpus
    offset_text_mismatches: int = 0  # predicted text != note[start:end]: offsets on other text?

    @property
    def lenient_micro(self) -> PRF:
        """Lenient counts summed over all labels."""
        return sum(self.lenient.values(), PRF())

    @property
    def strict_micro(self) -> PRF:
        """Strict counts summed over all labels."""
        return sum(self.strict.values(), PRF())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, with micro figures and the labels each attribute is scored on."""
        return {
            "lenient": {k: v.to_dict() for k, v in self.lenient.items()},
            "lenient_micro": self.lenient_micro.to_dict(),
            "strict": {k: v.to_dict() for k, v in self.strict.items()},
            "strict_micro": self.strict_micro.to_dict(),
            "attributes": {k: {"labels": list(ATTRIBUTE_LABELS[k]), **v.to_dict()}
                           for k, v in self.attributes.items()},
            "gold_notes": self.gold_notes,
            "gold_notes_with_predictions": self.gold_notes_with_predictions,
            "ignored_predictions": self.ignored_predictions,
            "offset_text_mismatches": self.offset_text_mismatches,
        }


@dataclass
class MentionAlignment:
    """Which predicted mention (by mention_id) was lenient-matched to which gold entity, per note."""

    pred_to_gold: dict[str, dict[str, str]] = field(default_factory=dict)
    gold: dict[str, dict[str, SpanRecord]] = field(default_factory=dict)
    pred: dict[str, dict[str, SpanRecord]] = field(default_factory=dict)


def score_mentions(
    documents: dict[str, BratDocument],
    note_patients: dict[str, str],
    predictions: pd.DataFrame,
) -> tuple[MentionScores, MentionAlignment, list[ErrorItem]]:
    """Score predicted mentions on the gold notes in ``documents``; other notes are ignored."""
    scores = MentionScores(gold_notes=len(documents))
    labels = list(LABELS) + sorted(
        ({e.label for d in documents.values() for e in d.entities.values()}
         | set(predictions["label"])) - set(LABELS)
    )
    scores.lenient = {label: PRF() for label in labels}
    scores.strict = {label: PRF() for label in labels}
    scores.attributes = {name: Accuracy() for name in ATTRIBUTE_LABELS}
    alignment = MentionAlignment()
    errors: list[ErrorItem] = []

    in_gold = predictions["note_id"].isin(documents.keys())
    scores.ignored_predictions = int((~in_gold).sum())
    by_note = {note_id: frame for note_id, frame in predictions[in_gold].groupby("note_id")}

    for note_id in sorted(documents):
        doc = documents[note_id]
        patient_id = note_patients.get(note_id)
        gold = [gold_span(e) for e in doc.entities.values()]
        frame = by_note.get(note_id)
        rows = frame.to_dict("records") if frame is not None else []
        if rows:
            scores.gold_notes_with_predictions += 1
        pred = [predicted_span(r) for r in rows]
        rules = {str(r["mention_id"]): r.get("rule") for r in rows}
        for p in pred:
            if p.text and doc.text and doc.text[p.start:p.end] != p.text:
                scores.offset_text_mismatches += 1
        alignment.gold[note_id] = {g.id: g for g in gold}
        alignment.pred[note_id] = {p.id: p for p in pred}

        def ctx(span: SpanRecord) -> str:
            return snippet(doc.text, span.start, span.end)

        lenient = match_lenient(gold, pred)
        strict = match_strict(gold, pred)
        alignment.pred_to_gold[note_id] = {p.id: g.id for g, p in lenient}
        _count(scores.lenient, gold, pred, lenient)
        _count(scores.strict, gold, pred, strict)

        matched_gold = {g.id for g, _ in lenient}
        matched_pred = {p.id for _, p in lenient}
        for g in gold:
            if g.id not in matched_gold:
                errors.append(ErrorItem("mention_fn", patient_id, note_id, {
                    "label": g.label, "start": g.start, "end": g.end, "text": g.text,
                    "gold_id": g.id, "context": ctx(g)}))
        for p in pred:
            if p.id not in matched_pred:
                errors.append(ErrorItem("mention_fp", patient_id, note_id, {
                    "label": p.label, "start": p.start, "end": p.end, "text": p.text,
                    "mention_id": p.id, "rule": rules.get(p.id), "context": ctx(p)}))
        strict_pairs = {(g.id, p.id) for g, p in strict}
        for g, p in lenient:
            if (g.id, p.id) not in strict_pairs:
                errors.append(ErrorItem("mention_boundary", patient_id, note_id, {
                    "label": g.label, "gold_span": f"{g.start}-{g.end}",
                    "predicted_span": f"{p.start}-{p.end}", "gold_text": g.text,
                    "predicted_text": p.text, "mention_id": p.id, "context": ctx(g)}))
            for name, on_labels in ATTRIBUTE_LABELS.items():
                if g.label not in on_labels:
                    continue
                ok = g.value(name) == p.value(name)
                scores.attributes[name].add(ok)
                if not ok:
                    errors.append(ErrorItem("attribute", patient_id, note_id, {
                        "label": g.label, "start": g.start, "end": g.end, "text": g.text,
                        "attribute": name, "gold": g.value(name), "predicted": p.value(name),
                        "mention_id": p.id, "rule": rules.get(p.id), "context": ctx(g)}))
    return scores, alignment, errors


def _count(table: dict[str, PRF], gold: list[SpanRecord], pred: list[SpanRecord],
           pairs: list[tuple[SpanRecord, SpanRecord]]) -> None:
    for g, _ in pairs:
        table[g.label].tp += 1
    matched_gold = {g.id for g, _ in pairs}
    matched_pred = {p.id for _, p in pairs}
    for g in gold:
        if g.id not in matched_gold:
            table[g.label].fn += 1
    for p in pred:
        if p.id not in matched_pred:
            table[p.label].fp += 1
