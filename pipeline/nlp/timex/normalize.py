"""Normalization: a timex match's groups turned into a calendar date at the precision the text
gives (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``), resolved against the note's date. dateutil's
relativedelta does the calendar arithmetic."""
import math
import re
from datetime import date, timedelta
from typing import Any

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .context import _clause_before
from .rules import Pattern, TimexRules, TimexRulesError

# units told in days ("2 weeks ago", "a fortnight ago"); months and years move the calendar
DAYS_IN_UNIT = {"day": 1, "week": 7, "fortnight": 14}


def _round_half_up(x: float) -> int:
    """Round to the nearest whole number, halves away from zero (-17.5 days -> -18)."""
    return int(math.copysign(math.floor(abs(x) + 0.5), x))


def _fmt_day(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _expand_year(text: str, note_date: date | None) -> int:
    year = int(text)
    if len(text) == 2:
        pivot = (note_date.year if note_date else 2030) % 100 + 1
        year += 2000 if year <= pivot else 1900
    return year


def season_span(season: dict[str, Any], year: int) -> tuple[date, date]:
    """The first and last day of a season (an entry of timex.json's ``seasons``: its ``middle``
    month and its ``months`` in order) in the occurrence named by ``year``, the year its middle
    month falls in; a season that wraps the new year (winter) starts in the year before."""
    middle = int(season["middle"])
    first, last = int(season["months"][0]), int(season["months"][-1])
    start_year = year - 1 if first > middle else year
    end_year = year + 1 if last < middle else year
    start = date(start_year, first, 1)
    end = date(end_year, last, 1) + relativedelta(months=1) - timedelta(days=1)
    return start, end


def _closest(candidates: list[tuple[int, Any]], note_value: int, future_weight: float) -> Any:
    """Pick the candidate nearest the note, a future one counting future_weight times its
    distance: notes mostly look back, and look ahead mainly to appointments and plans."""
    def cost(item: tuple[int, Any]) -> float:
        distance = item[0] - note_value
        return -distance if distance <= 0 else future_weight * distance
    return min(candidates, key=cost)[1]


def _infer_day(month: int, day: int, note_date: date, future_weight: float) -> date | None:
    candidates = []
    for year in (note_date.year - 1, note_date.year, note_date.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        candidates.append((candidate.toordinal(), candidate))
    return _closest(candidates, note_date.toordinal(), future_weight) if candidates else None


def _infer_month(month: int, note_date: date, future_weight: float) -> tuple[int, int]:
    candidates = [(year * 12 + month, (year, month))
                  for year in (note_date.year - 1, note_date.year, note_date.year + 1)]
    return _closest(candidates, note_date.year * 12 + note_date.month, future_weight)


class _Normalizer:
    def __init__(self, rules: TimexRules, note_date: date | None):
        self.rules = rules
        self.note_date = note_date
        self._clause_at: tuple[str, int] = ("", 0)  # the text and offset of the match's clause
        self._future: bool | None = False

    def read_clause_at(self, text: str, position: int) -> None:
        """Say where the clause of the next match ends (the match's start), for
        :attr:`future_context`; it is read from the text only if a value needs it."""
        self._clause_at = (text, position)
        self._future = None

    @property
    def future_context(self) -> bool:
        """Whether the clause before the match talks about plans or follow-up; most matches are
        resolved (or refused) without it, so it is read only when asked for."""
        if self._future is None:
            cues = self.rules.cue_lists["future_context"]
            self._future = any(w in cues for w in _clause_before(*self._clause_at))
        return self._future

    @property
    def after_since(self) -> bool:
        """Whether "since" stands right before the match ("since Ash Wednesday"): a start, which
        cannot lie ahead of the note."""
        text, position = self._clause_at
        return self.rules.since_before.search(text, max(0, position - 12), position) is not None

    def year_ok(self, year: int) -> bool:
        latest = (self.note_date.year + self.rules.latest_after_note) if self.note_date else 2100
        return self.rules.earliest_year <= year <= latest

    def month_number(self, groups: dict[str, str | None]) -> int | None:
        if groups.get("month"):
            return int(groups["month"])
        name = groups.get("month_name")
        if not name:
            return None
        if name.islower() and name.lower() in self.rules.lowercase_is_not_a_month:
            return None
        return self.rules.months.get(name.lower().rstrip("."))

    def number(self, raw: str | None) -> float | None:
        if raw is None:
            return 1
        raw = re.sub(r"\s+", " ", raw.lower())
        if re.fullmatch(r"\d+(?:\.\d+)?", raw):
            return float(raw)
        return self.rules.number_words.get(raw)

    def value(self, pattern: Pattern, groups: dict[str, str | None]) -> str | None:
        handler = getattr(self, "_" + pattern.kind, None)
        if handler is None:
            raise TimexRulesError(f"pattern {pattern.name}: unknown kind {pattern.kind!r}")
        return handler(pattern, groups)

    def _date(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        month = self.month_number(g)
        if month is None:
            return None
        day = int(g["day"])
        if g.get("year"):
            year = _expand_year(g["year"], self.note_date)
            if not self.year_ok(year):
                return None
            try:
                return _fmt_day(date(year, month, day))
            except ValueError:
                return None
        if self.note_date is None:
            return None
        # a bare day-month lies ahead of the note only when much nearer than its past reading,
        # or when the clause is about follow-up
        resolved = _infer_day(month, day, self.note_date, 1.0 if self.future_context else 3.0)
        return _fmt_day(resolved) if resolved else None

    def _month(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        month = self.month_number(g)
        if month is None:
            return None
        if g.get("year"):
            year = _expand_year(g["year"], self.note_date)
            return _fmt_month(year, month) if self.year_ok(year) else None
        if self.note_date is None:
            return None
        if g.get("year_mod"):
            # "June of last year", "March this year": the year is the note's, moved by the modifier
            shift = self.rules.relative_modifiers.get(g["year_mod"].lower())
            if shift is None:
                return None
            year = self.note_date.year + shift
            return _fmt_month(year, month) if self.year_ok(year) else None
        # a month named alone is the last one on or before the note, unless plans are discussed
        weight = 1.0 if self.future_context else float("inf")
        return _fmt_month(*_infer_month(month, self.note_date, weight))

    def _year(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        year = int(g["year"])
        return f"{year:04d}" if self.year_ok(year) else None

    def _offset(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        if self.note_date is None:
            return None
        count = self.number(g.get("num"))
        if count is not None and g.get("num2"):
            # a range ("2-3 weeks ago") dates the start at its middle
            count = (count + float(g["num2"])) / 2
        unit = self.rules.units.get((g.get("unit") or "").lower())
        if count is None or unit is None or count > 100:
            return None
        sign = 1 if pattern.direction == "future" else -1
        return self._shift(unit, sign * count)

    def _shift(self, unit: str, amount: float) -> str | None:
        assert self.note_date is not None
        if unit in ("hour", "minute"):
            return _fmt_day(self.note_date)  # "1 h ago" is the note's day
        if unit in DAYS_IN_UNIT:
            days = amount * DAYS_IN_UNIT[unit]
            return _fmt_day(self.note_date + timedelta(days=_round_half_up(days)))
        whole = float(amount).is_integer()
        if unit == "month":
            shifted = (self.note_date + relativedelta(months=int(amount)) if whole
                       else self.note_date + timedelta(days=_round_half_up(amount * 30.44)))
            return _fmt_month(shifted.year, shifted.month)
        if whole:
            year = self.note_date.year + int(amount)
        else:
            year = (self.note_date + timedelta(days=_round_half_up(amount * 365.25))).year
        return f"{year:04d}" if 1 <= year <= 9999 else None

    def _relative_day(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        if self.note_date is None:
            return None
        key = re.sub(r"\s+", " ", (g.get("t") or "").lower())
        offset = self.rules.relative_days.get(key)
        return None if offset is None else self._shift("day", offset)

    def _relative_unit(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        if self.note_date is None:
            return None
        modifier = self.rules.relative_modifiers.get((g.get("mod") or "").lower())
        unit = self.rules.units.get((g.get("unit") or "").lower())
        if modifier is None or unit is None:
            return None
        if modifier == 0 and unit in ("week", "fortnight"):
            return None  # "this week" names no day, and a week is not a precision we write
        return self._shift(unit, modifier)

    def _holiday(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        key = re.sub(r"\s+", " ", (g.get("holiday") or "").lower()).replace("’", "'")
        rule = self.rules.holidays.get(key) or self.rules.holidays.get(key.replace("years", "year's"))
        if rule is None:
            return None
        # "the day after Thanksgiving", "the night before Christmas": one day either side
        shift = {"after": 1, "before": -1}.get((g.get("dir") or "").lower(), 0) if g.get("shift") else 0

        def on(year: int) -> date:
            return _holiday_on(rule, year) + timedelta(days=shift)

        if g.get("year"):
            year = int(g["year"])
            return _fmt_day(on(year)) if self.year_ok(year) else None
        if self.note_date is None:
            return None
        relative = (g.get("rel") or "").lower()
        if relative:  # "Halloween of last year", "Christmas this year"
            return _fmt_day(on(self.note_date.year - (relative == "last")))
        if g.get("mod"):  # "last Christmas": the latest one before the note
            year = self.note_date.year
            return _fmt_day(on(year) if on(year) < self.note_date else on(year - 1))
        candidates = [(on(y).toordinal(), on(y))
                      for y in (self.note_date.year - 1, self.note_date.year, self.note_date.year + 1)]
        if self.after_since:  # "since Ash Wednesday": the last one on or before the note
            return _fmt_day(max(day for _, day in candidates if day <= self.note_date))
        weight = 1.0 if self.future_context else 3.0
        return _fmt_day(_closest(candidates, self.note_date.toordinal(), weight))

    def _weekday(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        if self.note_date is None:
            return None
        weekday = self.rules.weekdays.get((g.get("weekday") or "").lower().rstrip("."))
        mod = re.sub(r"\s+", " ", (g.get("mod") or "").lower())
        # no modifier written ("Tuesday night") reads as "on Tuesday"
        modifier = self.rules.relative_modifiers.get(mod) if mod else 0
        if weekday is None or modifier is None:
            return None
        back = (self.note_date.weekday() - weekday) % 7
        if modifier < 0:
            back = back or 7  # "last Monday" on a Monday is a week ago
            return _fmt_day(self.note_date - timedelta(days=back))
        ahead = (weekday - self.note_date.weekday()) % 7
        if modifier > 0:
            return _fmt_day(self.note_date + timedelta(days=ahead or 7))
        # "on Monday": the last such day, unless the clause is about plans or the day ahead is
        # much nearer
        if ahead == 0 or (not self.future_context and back <= 3 * ahead):
            return _fmt_day(self.note_date - timedelta(days=back))
        return _fmt_day(self.note_date + timedelta(days=ahead))

    def _day_of_month(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        """"the 3rd of this month", "on the 10th": that day of the note's month, or of the month
        before when the day is still to come ("of last month": always the month before)."""
        if self.note_date is None:
            return None
        day = int(g["day"])
        month_start = self.note_date.replace(day=1)
        relative = (g.get("rel") or "").lower()
        if relative == "last" or (relative != "this" and day > self.note_date.day):
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        try:
            return _fmt_day(month_start.replace(day=day))
        except ValueError:  # the 31st of a 30-day month
            return None

    def _season_value(self, year: int, month: int) -> str:
        return f"{year:04d}" if self.rules.season_precision == "year" else _fmt_month(year, month)

    def _season(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        season = self.rules.seasons.get((g.get("season") or "").lower())
        if season is None:
            return None
        middle = int(season["middle"])
        if g.get("year"):
            year = int(g["year"])
            return self._season_value(year, middle) if self.year_ok(year) else None
        if self.note_date is None:
            return None
        if g.get("yearmod"):
            # "the spring of this year", "the winter of last year": the year is named, the
            # season is that year's (the one its middle month falls in)
            shift = self.rules.relative_modifiers.get(g["yearmod"].split()[-1].lower())
            year = self.note_date.year + shift if shift is not None else None
            return self._season_value(year, middle) if year and self.year_ok(year) else None
        bare = pattern.name == "season_the"  # "since the spring": under way, else the last one
        modifier = -1 if bare else self.rules.relative_modifiers.get((g.get("mod") or "").lower())
        if modifier is None:
            return None
        def span(year: int) -> tuple[date, date]:
            return season_span(season, year)

        years = range(self.note_date.year - 2, self.note_date.year + 3)
        current = next((y for y in years if span(y)[0] <= self.note_date <= span(y)[1]), None)
        if bare and current is not None:
            year = current
        elif modifier < 0:
            year = max(y for y in years if span(y)[1] < self.note_date)
        elif modifier > 0:
            year = min(y for y in years if span(y)[0] > self.note_date)
        elif current is not None:
            year = current
        elif span(self.note_date.year)[0] <= self.note_date:
            year = self.note_date.year  # "this spring", said in August: the spring just gone
        else:
            year = min(y for y in years if span(y)[0] > self.note_date)
        return self._season_value(year, middle) if self.year_ok(year) else None



_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def is_valid_value(value: str) -> bool:
    """A TIMEX value is a real calendar year, month or day written YYYY, YYYY-MM or YYYY-MM-DD."""
    if not _VALUE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _holiday_on(rule: dict[str, int], year: int) -> date:
    """The day of a holiday rule of configs/timex.json in ``year``: fixed (month and day),
    movable (the nth or last weekday of a month) or set by Easter."""
    if "easter_offset" in rule:
        return easter(year) + timedelta(days=rule["easter_offset"])
    if "day" in rule:
        return date(year, rule["month"], rule["day"])
    first = date(year, rule["month"], 1)
    if rule["nth"] > 0:
        offset = (rule["weekday"] - first.weekday()) % 7 + 7 * (rule["nth"] - 1)
        return first + timedelta(days=offset)
    last = first + relativedelta(months=1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - rule["weekday"]) % 7)
