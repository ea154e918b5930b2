"""Train the LOCATION/TIME relation model: logistic regression over pair features.

Trained on gold mentions of a gold corpus (the ``train`` split of ``annotations/``), so the model
learns how annotators attach events to sites and dates; applied to predicted mentions by the
``koebner_relations`` component. The artifact is plain JSON (feature weights), readable and
diffable, with its training data, settings and held-out figures recorded inside.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

import pandas as pd
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from .. import __version__
from ..corpus import read_corpus
from ..nlp.extensions import SPAN_GROUP
from ..nlp.relation_features import ARGUMENT_LABEL, candidates, pair_features, score
from ..nlp.sections import section_at

MODEL_FORMAT = 1


@dataclass
class PairExample:
    """One candidate (event, argument) pair of a note: its features, and label 1 when gold relates them."""
    note_id: str
    rel_type: str
    features: dict[str, float]
    label: int


def _split_ids(root: Path, split: str) -> set[str] | None:
    if split == "all":
        return None
    splits = pd.read_csv(root / "splits.csv", dtype=str)
    return set(splits.loc[splits["split"] == split, "patient_id"])


def gold_examples(gold_dir: str | Path, split: str = "train", nlp=None) -> list[PairExample]:
    """Candidate pairs over the gold mentions of a corpus, labelled by the gold relations."""
    from ..nlp.build import load

    root = Path(gold_dir)
    corpus = read_corpus(root)
    nlp = nlp or load(exclude=("koebner_targets", "koebner_sites", "koebner_timex",
                               "koebner_context", "koebner_relations", "koebner_risk_factors"))
    patients = _split_ids(root, split)
    notes = corpus.notes if patients is None else corpus.notes[corpus.notes.patient_id.isin(patients)]
    examples: list[PairExample] = []
    for row in notes.itertuples(index=False):
        document = corpus.documents.get(row.note_id)
        if document is None:
            continue
        doc = nlp.make_doc(row.text)
        doc._.koebner_note_date = date.fromisoformat(str(row.note_date)[:10]).isoformat()
        doc = nlp(doc)
        spans, span_of = [], {}
        for entity in document.entities.values():
            span = doc.char_span(entity.start, entity.end, label=entity.label,
                                 alignment_mode="expand")
            if span is None:
                continue
            span._.koebner_timex_value = entity.note if entity.label == "TIMEX" else None
            tt = entity.attributes.get("TraumaType")
            span._.koebner_trauma_type = tt if isinstance(tt, str) else None
            spans.append(span)
            span_of[entity.id] = span
        doc.spans[SPAN_GROUP] = spans
        gold = {(r.type, span_of[r.arg1].start_char, span_of[r.arg1].end_char,
                 span_of[r.arg2].start_char, span_of[r.arg2].end_char)
                for r in document.relations if r.arg1 in span_of and r.arg2 in span_of}
        mentions = sorted(spans, key=lambda s: (s.start, s.end))
        sections = doc._.koebner_sections or []
        for cand in candidates(doc, mentions):
            key = (cand.rel_type, cand.event.start_char, cand.event.end_char,
                   cand.arg.start_char, cand.arg.end_char)
            section = section_at(sections, cand.event.start_char)
            examples.append(PairExample(row.note_id, cand.rel_type,
                                        pair_features(doc, cand, mentions, section),
                                        int(key in gold)))
    return examples


def _fit(examples: list[PairExample], c: float) -> tuple[DictVectorizer, LogisticRegression]:
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform([e.features for e in examples]).toarray()
    y = [e.label for e in examples]
    model = LogisticRegression(C=c, max_iter=2000, solver="lbfgs")
    model.fit(X, y)
    return vectorizer, model


def _pair_scores(weights: dict, examples: list[PairExample]) -> dict[str, float]:
    tp = fp = fn = 0
    for e in examples:
        predicted = score(weights, e.features) >= weights["threshold"]
        tp += predicted and e.label == 1
        fp += predicted and e.label == 0
        fn += (not predicted) and e.label == 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0, "pairs": len(examples),
            "positives": tp + fn}


def train_relation_model(gold_dir: str | Path, out: str | Path, split: str = "train",
                         eval_split: str | None = "test", c: float = 1.0,
                         threshold: float = 0.5) -> dict:
    """Train one model per relation type and write the JSON artifact; returns it."""
    examples = gold_examples(gold_dir, split)
    held_out = gold_examples(gold_dir, eval_split) if eval_split else []
    artifact: dict = {
        "format": MODEL_FORMAT,
        "kind": "koebner relation model (logistic regression over pair features)",
        "created": datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
        "tool_version": __version__,
        "training": {"corpus": str(gold_dir), "split": split, "C": c, "threshold": threshold,
                     "notes": len({e.note_id for e in examples})},
        "models": {},
        "evaluation": {},
    }
    for rel_type in ARGUMENT_LABEL:
        subset = [e for e in examples if e.rel_type == rel_type]
        if not any(e.label for e in subset):
            raise ValueError(f"no gold {rel_type} relation in the {split} split of {gold_dir}")
        vectorizer, model = _fit(subset, c)
        weights = {
            "intercept": float(model.intercept_[0]),
            "threshold": threshold,
            "weights": {name: round(float(w), 6) for name, w
                        in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if w != 0.0},
        }
        artifact["models"][rel_type] = weights
        artifact["evaluation"][rel_type] = {"train": _pair_scores(weights, subset)}
        held = [e for e in held_out if e.rel_type == rel_type]
        if held:
            artifact["evaluation"][rel_type][eval_split] = _pair_scores(weights, held)
    Path(out).write_text(json.dumps(artifact, indent=1, sort_keys=False) + "\n")
    return artifact
