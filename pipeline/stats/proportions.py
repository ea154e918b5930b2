"""Counts, proportions with Wilson 95% intervals, and a median [IQR] summary."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from statsmodels.stats.proportion import proportion_confint

from .formatting import NOT_COMPUTABLE, finite_or_none, fmt_number, fmt_percent


@dataclass(frozen=True, slots=True)
class Proportion:
    """``count`` of ``denominator`` and its 95% CI, as fractions 0..1 (None when the denominator is 0)."""
    count: int
    denominator: int
    proportion: float | None  # None when the denominator is zero
    ci_low: float | None
    ci_high: float | None
    ci_method: str = "wilson"

    @property
    def text(self) -> str:
        """E.g. "3/10 (30.0%; 95% CI 10.8% to 60.3%)", or says it is not computable for a zero denominator."""
        if self.proportion is None:
            return f"{self.count}/{self.denominator} ({NOT_COMPUTABLE}: no patients in the denominator)"
        return (
            f"{self.count}/{self.denominator} ({fmt_percent(self.proportion)}; 95% CI "
            f"{fmt_percent(self.ci_low)} to {fmt_percent(self.ci_high)})"
        )

    def as_json(self) -> dict:
        """The proportion for summary.json (n, denominator, proportion, ci95_low/high, method, text)."""
        return {
            "n": self.count, "denominator": self.denominator, "proportion": self.proportion,
            "ci95_low": self.ci_low, "ci95_high": self.ci_high, "ci_method": self.ci_method,
            "text": self.text,
        }


def wilson_proportion(count: int, denominator: int) -> Proportion:
    """Wilson score interval: keeps a sensible width at small n and at 0% or 100%."""
    if count < 0 or denominator < 0 or count > denominator:
        raise ValueError(f"count {count} out of range for denominator {denominator}")
    if denominator == 0:
        return Proportion(count, 0, None, None, None)
    low, high = proportion_confint(count, denominator, alpha=0.05, method="wilson")
    return Proportion(count, denominator, count / denominator, float(low), float(high))


@dataclass(frozen=True, slots=True)
class Distribution:
    """Median, quartiles and range of a numeric column, with how many values were present and missing."""
    n: int
    n_missing: int
    median: float | None
    q1: float | None
    q3: float | None
    minimum: float | None
    maximum: float | None
    unit: str = ""

    @property
    def text(self) -> str:
        """E.g. "median 14.0 [IQR 7.0 to 30.0]; range 2.0 to 60.0 days (n = 5, missing 1)"."""
        if self.n == 0:
            return f"{NOT_COMPUTABLE}: no values (missing {self.n_missing})"
        unit = f" {self.unit}" if self.unit else ""
        return (
            f"median {fmt_number(self.median)} [IQR {fmt_number(self.q1)} to {fmt_number(self.q3)}]"
            f"; range {fmt_number(self.minimum)} to {fmt_number(self.maximum)}{unit}"
            f" (n = {self.n}, missing {self.n_missing})"
        )

    def as_json(self) -> dict:
        """The distribution for summary.json (n, n_missing, median, q1, q3, min, max, unit, text)."""
        return {
            "n": self.n, "n_missing": self.n_missing, "median": self.median, "q1": self.q1,
            "q3": self.q3, "min": self.minimum, "max": self.maximum, "unit": self.unit,
            "text": self.text,
        }


def describe(values, unit: str = "") -> Distribution:
    """Median and quartiles (numpy's default linear interpolation, as R's type 7)."""
    array = np.asarray(list(values), dtype=float)
    present = array[np.isfinite(array)]
    missing = int(array.size - present.size)
    if present.size == 0:
        return Distribution(0, missing, None, None, None, None, None, unit)
    q1, median, q3 = np.percentile(present, [25, 50, 75])
    return Distribution(
        int(present.size), missing, finite_or_none(median), finite_or_none(q1), finite_or_none(q3),
        finite_or_none(present.min()), finite_or_none(present.max()), unit,
    )
