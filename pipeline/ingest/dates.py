"""Reading a note_date column: one reading of day and month per file, and every exception said.

Slash dates (``03/04/2021``) are the trap: read cell by cell, ``03/04/2021`` is March 4 and
``13/04/2021`` April 13, so one file mixes two conventions without a word. Here the order is
decided once per file, from ``dayfirst`` or ``date_format`` when given, else from the first chunk
that holds slash dates (a first number over 12 means day-first, a second one over 12 month-first).
When nothing in that chunk tells, the dates are read month-first and the file gets a notice.
A cell that cannot be read the file's way but can the other way (day 13 in a month-first file)
is read the other way and the row gets a warning saying so.

Raw cells are never echoed in a message: a shifted column can put note text where a date should be.
"""
from __future__ import annotations

import math
import re
import warnings
from dataclasses import dataclass, field
from datetime import date, datetime

import pandas as pd

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2100, 12, 31)
MAX_DATE_CHARS = 64
SLASH_DATE = re.compile(r"\s*(\d{1,2})([/.\-])(\d{1,2})\2(\d{4}|\d{2})(?=$|[\sT,])")


def date_text(value, repair) -> str:
    """A date cell as stripped text (ISO for date values, "" for null/NaN), bad bytes fixed by ``repair``."""
    if value is None or value is pd.NaT or value is pd.NA:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    text, _ = repair(value if isinstance(value, (str, bytes)) else str(value))
    return (text or "").strip()


def _in_range(found: date | None) -> date | None:
    return found if found is not None and EARLIEST_DATE <= found <= LATEST_DATE else None


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # strptime's %y: 69-99 -> 1900s, 00-68 -> 2000s
        year += 1900 if year >= 69 else 2000
    return year


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_mixed(texts: list[str]) -> list[date | None]:
    """Any other written date (ISO, with a time or zone, 'March 2021'), by pandas."""
    try:
        with warnings.catch_warnings():
            # mixed UTC offsets: each cell keeps its own wall-clock date, which is what we want
            warnings.simplefilter("ignore")
            parsed = pd.to_datetime(pd.Series(texts, dtype=object), errors="coerce", format="mixed")
        return [None if pd.isna(p) else p.date() for p in parsed]
    except (ValueError, TypeError, OverflowError, AttributeError):
        return [_parse_one(t) for t in texts]


def _parse_one(text: str) -> date | None:
    """One text as a date by pandas' mixed-format parser, or None when it is not one."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = pd.to_datetime(text, errors="coerce", format="mixed")
        return None if pd.isna(parsed) else parsed.date()
    except (ValueError, TypeError, OverflowError, AttributeError):
        return None


@dataclass
class DateReader:
    """Parses a file's note_date cells chunk by chunk with one reading of day and month."""

    date_format: str | None = None
    dayfirst: bool | None = None
    order: str | None = None   # "day-first" or "month-first", once decided for the file
    notices: list[str] = field(default_factory=list)  # file-level remarks (no cell values)

    def __post_init__(self):
        if self.dayfirst is not None:
            self.order = "day-first" if self.dayfirst else "month-first"

    def read(self, cells: list, repair) -> tuple[list[date | None], dict[int, str]]:
        """The dates of one chunk's cells (None where unreadable), and a warning per cell that
        was read against the file's order."""
        texts = [date_text(v, repair) for v in cells]
        texts = [t if len(t) <= MAX_DATE_CHARS else "" for t in texts]
        if self.date_format:
            return self._with_format(cells, texts), {}
        slash = [SLASH_DATE.match(t) for t in texts]
        if self.order is None and any(slash):
            self._decide([m for m in slash if m])
        dates = parse_mixed([("" if m else t) for t, m in zip(texts, slash)])
        warned: dict[int, str] = {}
        for i, match in enumerate(slash):
            if match:
                dates[i], warning = self._slash(match)
                if warning:
                    warned[i] = warning
        return [_in_range(d) for d in dates], warned

    def _with_format(self, cells: list, texts: list[str]) -> list[date | None]:
        out = []
        for cell, text in zip(cells, texts):
            if isinstance(cell, datetime):
                out.append(_in_range(cell.date()))
            elif isinstance(cell, date):
                out.append(_in_range(cell))
            else:
                try:
                    out.append(_in_range(datetime.strptime(text, self.date_format).date()))
                except ValueError:
                    out.append(None)
        return out

    def _decide(self, matches) -> None:
        day_first = sum(int(m[1]) > 12 and int(m[3]) <= 12 for m in matches)
        month_first = sum(int(m[3]) > 12 and int(m[1]) <= 12 for m in matches)
        if day_first > month_first:
            self.order = "day-first"
        else:
            self.order = "month-first"
        if day_first and month_first:
            self.notices.append(
                f"note_date: slash dates are written both ways ({day_first} can only be "
                f"day-first, {month_first} only month-first); the file is read {self.order} and "
                "every date read the other way is listed in row_warnings.csv. Give --dayfirst, "
                "--monthfirst or --date-format to decide.")
        elif not (day_first or month_first):
            self.notices.append(
                "note_date: every slash date read so far could be day-first or month-first "
                "(both numbers 12 or less); read month-first (MM/DD/YYYY). Give --dayfirst or "
                "--date-format '%d/%m/%Y' if the file is day-first.")

    def _slash(self, match) -> tuple[date | None, str | None]:
        first, second, year = int(match[1]), int(match[3]), _year(match[4])
        day_first = self.order == "day-first"
        day, month = (first, second) if day_first else (second, first)
        found = _make(year, month, day)
        if found is not None:
            return found, None
        swapped = _make(year, day, month)
        if swapped is None:
            return None, None
        other = "month-first" if day_first else "day-first"
        return swapped, (f"note_date read {other} as {swapped.isoformat()}: it cannot be a date "
                         f"{self.order}, the way the file's other slash dates are read")
