"""How numbers are printed in every table: one place, so no output ever shows ``nan``."""
from __future__ import annotations

import math

NOT_COMPUTABLE = "not computable"


def is_missing(value: object) -> bool:
    """True for None, NaN and blank strings: values the tables count as missing."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip() == ""


def fmt_number(value: float | None, digits: int = 1) -> str:
    """``value`` with ``digits`` decimals; "not computable" for None, NaN or infinity."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return NOT_COMPUTABLE
    return f"{value:.{digits}f}"


def fmt_percent(fraction: float | None, digits: int = 1) -> str:
    """A fraction (0..1) as a percentage with ``digits`` decimals; "not computable" if undefined."""
    if fraction is None or not math.isfinite(fraction):
        return NOT_COMPUTABLE
    return f"{100 * fraction:.{digits}f}%"


def fmt_count_percent(count: int, denominator: int) -> str:
    """``n (x.x%)``; with a zero denominator the percentage cannot be computed and says so."""
    if denominator <= 0:
        return f"{count} (% {NOT_COMPUTABLE}: no patients)"
    return f"{count} ({100 * count / denominator:.1f}%)"


def fmt_p_value(p: float | None) -> str:
    """A p-value to 3 decimals, "<0.001" below that; "not computable" when undefined."""
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
