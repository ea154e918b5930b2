"""How numbers are printed in every table: one place, so no output ever shows ``nan``."""
from __future__ import annotations

import math

NOT_COMPUTABLE = "not computable"


def is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip() == ""


def fmt_number(value: float | None, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return NOT_COMPUTABLE
    return f"{value:.{digits}f}"


def fmt_percent(fraction: float | None, digits: int = 1) -> str:
    if fraction is None or not math.isfinite(fraction):
        return NOT_COMPUTABLE
    return f"{100 * fraction:.{digits}f}%"


def fmt_count_percent(count: int, denominator: int) -> str:
    """``n (x.x%)``; with a zero denominator the percentage cannot be computed and says so."""
    if denominator <= 0:
        return f"{count} (% {NOT_COMPUTABLE}: no patients)"
    return f"{count} ({100 * count / denominator:.1f}%)"


def fmt_p_value(p: float | None) -> str:
    if p is None or not math.isfinite(p):
        return NOT_COMPUTABLE
    if p < 0.001:
        return "<0.001"
    return f"{p:.3f}"


def finite_or_none(value: float | None) -> float | None:
    """JSON has no NaN: anything non-finite becomes null."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None
