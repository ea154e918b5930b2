"""Partial dates as the pipeline writes them (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``).

Plots and timelines need a point on an axis, so a partial date is placed inside its period:
a month on its 15th (the guidelines' convention for intervals), a year on 1 July. The precision
is kept so that plots can show an approximate date differently from an exact one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A partial date with the day it is plotted at, its precision (day, month or year) and its text."""
    day: date  # the point used for plotting
    precision: str  # day | month | year
    text: str  # the value as written

    @property
    def exact(self) -> bool:
        """True when the date is known to the day."""
        return self.precision == "day"


def parse_partial_date(value: object) -> PartialDate | None:
    """Return the plotting point of a partial date, or None when there is no usable date."""
    if value is None:
        return None
    if isinstance(value, date):
        return PartialDate(value, "day", value.isoformat())
    text = str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none"}:
        return None
    found = _PARTIAL.match(text)
    if not found:
        return None
    year, month, day = found.groups()
    try:
        if day:
            return PartialDate(date(int(year), int(month), int(day)), "day", text[:10])
        if month:
            return PartialDate(date(int(year), int(month), 15), "month", text[:7])
        return PartialDate(date(int(year), 7, 1), "year", text[:4])
    except ValueError:  # e.g. 2019-02-30: not a date, so no point on the axis
        return None
