"""Dates known to a year, a month or a day ("2008", "2019-01", "2019-01-28")."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date known to the year, the month or the day; ``month`` and ``day`` are None when unknown.

    ``within`` narrows a year or a month to the first and last day it can mean when the text said
    more than it but less than the next precision ("this spring", a year at the guidelines'
    precision; "early November", a month): it orders the date (``start``, ``end``), while the
    value and the precision stay the year's or the month's."""
    year: int
    month: int | None = None
    day: int | None = None
    within: tuple[date, date] | None = field(default=None, compare=False)

    @classmethod
    def parse(cls, value: object) -> "PartialDate | None":
        """Read a TIMEX-style value; None for empty or unreadable values (they date nothing)."""
        if value is None:
            return None
        if isinstance(value, date):
            return cls(value.year, value.month, value.day)
        text = str(value).strip()
        if not text or text.lower() in {"nan", "none", "nat"}:
            return None
        text = text[:10]
        match = _PATTERN.match(text)
        if not match:
            return None
        year, month, day = (int(g) if g else None for g in match.groups())
        try:
            result = cls(year, month, day)
            result.start  # validates month/day
        except ValueError:
            return None
        return result

    @classmethod
    def of(cls, day: date) -> "PartialDate":
        """A calendar date as a PartialDate known to the day."""
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> str:
        """How precisely the date is known: "day", "month" or "year"."""
        return "day" if self.day else "month" if self.month else "year"

    def narrowed(self, first: date, last: date) -> "PartialDate":
        """This year or month, known to lie between ``first`` and ``last`` (a season of the year,
        a part of the month); a date known to the day as it is."""
        if self.day is not None:
            return self
        return PartialDate(self.year, self.month, within=(first, last))

    @property
    def start(self) -> date:
        """The first day the date can mean (1 January for a year, the 1st for a month)."""
        if self.within is not None:
            return self.within[0]
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def end(self) -> date:
        """The last day the date can mean (31 December for a year, the month's last day)."""
        if self.within is not None:
            return self.within[1]
        if self.day:
            return self.start
        if self.month:
            return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return date(self.year, 12, 31)

    @property
    def point(self) -> date:
        """The day used for intervals: the 15th for a month (guidelines section 4), mid-year for a year."""
        if self.day:
            return self.start
        if self.month:
            return date(self.year, self.month, 15)
        return date(self.year, 7, 1)

    def finer_than(self, other: "PartialDate") -> bool:
        """Known more precisely (a day against a month or a year, a month against a year)."""
        return _RANK[self.precision] > _RANK[other.precision]

    def contains(self, other: "PartialDate") -> bool:
        """True when every day ``other`` can mean lies within this date's period."""
        return self.start <= other.start and other.end <= self.end

    def described(self) -> str:
        """The date as a reviewer reads it: the value, with a season's months ("2021 (Mar-May)")
        or a part of a month's days ("2020-11 (days 1-10)")."""
        if self.within is None:
            return str(self)
        first, last = self.within
        if self.month is not None:
            return f"{self} (days {first.day}-{last.day})"
        return f"{self} ({first:%b %Y}-{last:%b %Y})" if first.year != last.year \
            else f"{self} ({first:%b}-{last:%b})"

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


_RANK = {"year": 0, "month": 1, "day": 2}


def earliest(dates: list[PartialDate]) -> PartialDate | None:
    """The earliest date, refined: "2019-01" and "2019-01-28" describe one onset, so the more
    precise statement inside the earliest period wins over the vaguer one."""
    if not dates:
        return None
    first = min(dates, key=lambda d: (d.start, -_RANK[d.precision]))
    inside = [d for d in dates if first.contains(d)]
    return min(inside, key=lambda d: (-_RANK[d.precision], d.start))


def days_between(earlier: PartialDate | None, later: PartialDate | None) -> int | None:
    """interval_days of the guidelines: only when both are known to the day or month."""
    if earlier is None or later is None:
        return None
    if earlier.precision == "year" or later.precision == "year":
        return None
    return (later.point - earlier.point).days


def compare(first: PartialDate, second: PartialDate) -> str:
    """before / after / overlap, judged on the two dates as intervals at their precision: "2019"
    is all of 2019, so it neither precedes nor follows 2019-09-10; two equal days overlap."""
    if first.end < second.start:
        return "before"
    if first.start > second.end:
        return "after"
    return "overlap"
