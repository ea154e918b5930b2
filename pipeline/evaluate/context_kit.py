"""Measuring an assertion component on the NegEx/ConText test-kit format.

Each kit row has one condition phrase in one sentence and its gold ConText values. The phrase is
found in the sentence, made the only entity of the Doc, and the component's pipes are run; the
target's medspaCy attributes (``is_negated``, ``is_historical``, ``is_hypothetical``,
``is_family``) are compared with the gold values.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import KoebnerError
from .metrics import PRF

KIT_COLUMNS = ("id", "condition", "sentence", "negation", "temporality", "experiencer")
NEGATION_VALUES = {"affirmed", "negated"}
TEMPORALITY_VALUES = {"recent", "historical", "not particular"}
EXPERIENCER_VALUES = {"patient", "other", "family member"}
MEASURES = ("negated", "historical", "hypothetical", "experiencer")
# medspaCy span attribute read for each measure
SPAN_ATTRIBUTE = {"negated": "is_negated", "historical": "is_historical",
                  "hypothetical": "is_hypothetical", "experiencer": "is_family"}
# Our component scopes its rules to the event labels; a kit condition stands in for a LESION.
TARGET_LABEL = "LESION"
BASELINE = "medspacy_default"
OURS = "koebner_context"


class KitFormatError(KoebnerError, ValueError):
    """A test-kit file that does not follow the format; the message names the row."""


@dataclass(frozen=True)
class KitRow:
    """One test-kit row: the condition, its sentence and the gold value of each measure (True = present)."""
    id: str
    condition: str
    sentence: str
    negated: bool
    historical: bool
    hypothetical: bool
    experiencer: bool  # True when the experiencer is not the patient

    def gold(self, measure: str) -> bool:
        """The gold value of ``measure`` (one of MEASURES: negated, historical, hypothetical, experiencer)."""
        return getattr(self, measure)


def read_kit(path: str | Path) -> list[KitRow]:
    """Rows of a tab-separated test-kit file, blank lines skipped.

    The header must be id, condition, sentence, negation, temporality, experiencer. Raises
    KitFormatError naming the line for a wrong header, field count, value or empty condition.
    """
    path = Path(path)
    rows: list[KitRow] = []
    with path.open(encoding="utf-8", newline="") as handle:
        # Sentences hold stray quotes; the kit has no quoting, only tabs.
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or [h.strip().lower() for h in header] != list(KIT_COLUMNS):
            raise KitFormatError(f"{path.name}: header must be {', '.join(KIT_COLUMNS)} (tab-separated)")
        for line_no, values in enumerate(reader, start=2):
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(KIT_COLUMNS):
                raise KitFormatError(f"{path.name} line {line_no}: {len(values)} fields, "
                                     f"expected {len(KIT_COLUMNS)}")
            rid, condition, sentence, negation, temporality, experiencer = (v.strip() for v in values)
            for name, value, allowed in (("negation", negation, NEGATION_VALUES),
                                         ("temporality", temporality, TEMPORALITY_VALUES),
                                         ("experiencer", experiencer, EXPERIENCER_VALUES)):
                if value.lower() not in allowed:
                    raise KitFormatError(f"{path.name} line {line_no} (id {rid}): {name} "
                                         f"{value!r} is not one of {sorted(allowed)}")
            if not condition:
                raise KitFormatError(f"{path.name} line {line_no} (id {rid}): empty condition")
            rows.append(KitRow(rid, condition, sentence, negation.lower() == "negated",
                               temporality.lower() == "historical",
                               temporality.lower() == "not particular",
                               experiencer.lower() != "patient"))
    return rows


def locate(condition: str, sentence: str) -> tuple[int, int] | None:
    """Character span of ``condition`` in ``sentence``, case-insensitive, any run of whitespace
    between its words (the kit's sentences keep the source's spacing)."""
    words = condition.split()
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, sentence, flags=re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def baseline_nlp():
    """medspaCy's ConText with its default rules on a blank English pipeline with a sentencizer."""
    import spacy
    from medspacy.context import ConText  # noqa: F401  (registers the medspacy_context factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("medspacy_context", config={"rules": "default"})
    return nlp


def ours_nlp():
    """Our assertion pipeline, ``pipeline.nlp.context.build_assertion_nlp()``."""
    try:
        from pipeline.nlp.context import build_assertion_nlp

        # the build itself imports our factories, which may not exist yet in a partial checkout
        return build_assertion_nlp()
    except ImportError as exc:
        raise RuntimeError(
            "our assertion component is not available: pipeline.nlp.context.build_assertion_nlp "
            f"cannot be imported or built ({exc})"
        ) from exc


@dataclass
class SystemResult:
    """One system's counts per measure, with the kit ids of its false positives and false negatives."""
    measures: dict[str, PRF] = field(default_factory=lambda: {m: PRF() for m in MEASURES})
    # kit ids of false positives / false negatives per measure, for error analysis
    false_positives: dict[str, list[str]] = field(default_factory=lambda: {m: [] for m in MEASURES})
    false_negatives: dict[str, list[str]] = field(default_factory=lambda: {m: [] for m in MEASURES})

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: measures with their figures, and the error ids per measure."""
        return {
            "measures": {m: prf.to_dict() for m, prf in self.measures.items()},
            "false_positive_ids": self.false_positives,
            "false_negative_ids": self.false_negatives,
        }


@dataclass
class KitResult:
    """Scores of every system on one kit file; rows whose condition is not in the sentence are ``skipped``."""
    path: str
    rows: int
    scored: int
    skipped: list[dict[str, str]] = field(default_factory=list)  # id and reason
    systems: dict[str, SystemResult] = field(default_factory=dict)
    unavailable: dict[str, str] = field(default_factory=dict)  # system -> why it did not run

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form of the whole result, systems included."""
        return {
            "path": self.path, "rows": self.rows, "scored": self.scored, "skipped": self.skipped,
            "systems": {name: s.to_dict() for name, s in self.systems.items()},
            "unavailable": self.unavailable,
        }


def assert_target(nlp, sentence: str, start: int, end: int) -> dict[str, bool]:
    """Run ``nlp``'s pipes on ``sentence`` with ``sentence[start:end]`` as the only entity."""
    doc = nlp.make_doc(sentence)
    span = doc.char_span(start, end, label=TARGET_LABEL, alignment_mode="expand")
    doc.ents = [span]
    for _, component in nlp.pipeline:
        doc = component(doc)
    target = next((e for e in doc.ents if (e.start, e.end) == (span.start, span.end)), span)
    return {m: bool(getattr(target._, attr, False)) for m, attr in SPAN_ATTRIBUTE.items()}


def score_system(nlp, rows: list[tuple[KitRow, tuple[int, int]]]) -> SystemResult:
    """Count TP/FP/FN per measure for ``nlp`` on ``rows``, each a kit row with its condition's (start, end)."""
    result = SystemResult()
    for row, (start, end) in rows:
        predicted = assert_target(nlp, row.sentence, start, end)
        for measure in MEASURES:
            gold, pred = row.gold(measure), predicted[measure]
            prf = result.measures[measure]
            if gold and pred:
                prf.tp += 1
            elif pred:
                prf.fp += 1
                result.false_positives[measure].append(row.id)
            elif gold:
                prf.fn += 1
                result.false_negatives[measure].append(row.id)
    return result


SYSTEMS: dict[str, Callable[[], Any]] = {BASELINE: baseline_nlp, OURS: ours_nlp}


def evaluate_kit(path: str | Path, systems: tuple[str, ...] = (OURS, BASELINE),
                 strict: bool = False) -> KitResult:
    """Score each system on the kit. A system that cannot be built is listed in ``unavailable``
    (or raises, with ``strict``)."""
    kit = read_kit(path)
    located, skipped = [], []
    for row in kit:
        span = locate(row.condition, row.sentence)
        if span is None:
            skipped.append({"id": row.id, "reason": "condition not found in sentence"})
        else:
            located.append((row, span))
    result = KitResult(str(path), len(kit), len(located), skipped)
    for name in systems:
        try:
            nlp = SYSTEMS[name]()
        except RuntimeError as exc:
            if strict:
                raise
            result.unavailable[name] = str(exc)
            continue
        result.systems[name] = score_system(nlp, located)
    return result
