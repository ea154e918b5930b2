"""Counts and the figures derived from them, shared by every level of scoring.

Convention for undefined figures (documented in docs/evaluation.md): precision is ``None`` when
nothing was predicted, recall is ``None`` when there is nothing to find, accuracy is ``None`` on
zero items. F1 is ``2·TP / (2·TP + FP + FN)``, which equals the harmonic mean of P and R whenever
both exist and is 0.0 when nothing was found or nothing right was predicted; it is ``None`` only
when there was neither gold nor prediction.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


@dataclass
class PRF:
    """True positives, false positives and false negatives of one class or label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), or None when nothing was predicted."""
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), or None when there is nothing to find."""
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        """2tp / (2tp + fp + fn), or None when all three counts are 0."""
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        """Counts and figures as a JSON-ready dict (undefined figures as None)."""
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
        }


@dataclass
class Accuracy:
    """Correct items out of the total scored."""
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        """correct / total, or None when nothing was scored."""
        return _ratio(self.correct, self.total)

    def add(self, ok: bool) -> None:
        """Count one scored item, correct when ``ok``."""
        self.total += 1
        self.correct += int(ok)

    def to_dict(self) -> dict[str, Any]:
        """Counts and accuracy as a JSON-ready dict."""
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


def fmt(value: float | None, digits: int = 3) -> str:
    """A figure for a table: ``-`` when undefined."""
    return "-" if value is None else f"{value:.{digits}f}"
