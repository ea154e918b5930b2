"""TIMEX mentions: time expressions that date an event, normalized against the note's date.

Patterns and word lists are data (configs/timex.json); this module compiles them and turns a
match into a calendar date at the precision the text gives (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``),
following the annotation guidelines (section 1 and the v1.1 clarifications).

We do not use a general date parser (dateparser, dateutil.parser): clinical shorthand is the hard
part ("x 2 wks", "2/8" next to "8/10 pain" and "2/2 DKD"), and the decision whether a string dates
anything depends on its neighbours, which such parsers do not look at. dateutil's relativedelta does
the calendar arithmetic.
"""
# no "from __future__ import annotations": spaCy resolves the factory signature at run time

import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib.resources import files
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.nlp.doc_memo import doc_text
from pipeline.nlp.extensions import SPAN_GROUP, add_mentions, register_extensions
from pipeline.nlp.joint_regex import JointRegex
from pipeline.nlp.serialization import RuleDataComponent, hashed

from ..errors import KoebnerError
from .batching import BatchedPipe

LABEL = "TIMEX"

# A date never starts inside a number, a fraction or an identifier, and never ends inside one.
_LEFT_EDGE = r"(?<![\w.,$#+&])(?<![\d.]/)(?<!\d:)"
_RIGHT_EDGE = r"(?![\w]|(?<=\d)/|/\d|[.,:]\d)"


class TimexRulesError(KoebnerError, ValueError):
    """A timex rule file that cannot be used."""


@dataclass(frozen=True)
class Pattern:
    """One compiled timex pattern: its kind (how its match becomes a date) and its vetoes."""
    name: str
    kind: str
    regex: re.Pattern[str]
    direction: str = "past"
    requires_cue: str | None = None
    veto_words_before: str | None = None
    requires_clause_cue: str | None = None
    veto_clause_cue: str | None = None
    veto_past_tense: bool = False
    fraction_guard: bool = False
    veto_quantity_after: bool = False
    veto_anchored_after: bool = False
    veto_plan: bool = False


@dataclass(frozen=True)
class TimexRules:
    """The compiled timex rules: patterns, word lists and limits (see configs/timex.json)."""
    patterns: list[Pattern]
    months: dict[str, int]
    lowercase_is_not_a_month: frozenset[str]
    number_words: dict[str, int]
    units: dict[str, str]  # surface form -> day/week/month/year, or hour/minute ("1 h ago")
    holidays: dict[str, dict[str, int]]
    past_tense_exceptions: frozenset[str]
    seasons: dict[str, dict[str, Any]]
    season_precision: str
    weekdays: dict[str, int]
    event_seasons: frozenset[str]  # season words that also name an event ("last fall")
    event_season_words_before: frozenset[str]
    event_season_end: re.Pattern[str]
    relative_days: dict[str, int]
    relative_modifiers: dict[str, int]
    cue_lists: dict[str, frozenset[str]]
    fraction_words_before: frozenset[str]
    fraction_words_after: frozenset[str]
    score_words: frozenset[str]
    score_window: int
    score_override_cues: frozenset[str]
    fraction_window: int
    secondary_to: frozenset[str]
    quantity_after: re.Pattern[str]
    anchored_after: re.Pattern[str]
    since_before: re.Pattern[str]
    earliest_year: int
    latest_after_note: int
    scan: JointRegex | None = None  # every pattern in one pass over the text


@dataclass(frozen=True, order=True)
class TimexMatch:
    """A time expression found in a text: character offsets, normalized value, rule name."""
    start: int
    end: int
    value: str
    rule: str = field(compare=False)


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def default_rules_path() -> Path:
    """The packaged configs/timex.json."""
    return Path(str(files("pipeline.configs") / "timex.json"))


def read_rules(path: str | Path | None = None) -> dict[str, Any]:
    """The plain data of a timex rule file: ``path``, else the timex.json in use (the active rules
    folder's, else the packaged one), checked against its schema (TimexRulesError naming it)."""
    from ..rules.loader import read

    return read("timex.json", path, TimexRulesError)


def compile_rules(raw: dict[str, Any], source: str | Path = "timex rules") -> TimexRules:
    """Compile parsed timex rules; errors name ``source``."""
    try:
        return _compile(raw)
    except TimexRulesError as exc:
        raise TimexRulesError(f"{source}: {exc}") from exc
    except (KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
        raise TimexRulesError(f"{source}: invalid timex rules ({exc!r})") from exc


def load_rules(path: str | Path | None = None) -> TimexRules:
    """Compile a timex rule file: ``path``, else the timex.json in use (the active rules
    folder's, else the packaged configs/timex.json). A file its schema refuses, or that does not
    compile, raises TimexRulesError naming the file and the key path."""
    from ..resources import config_source

    return compile_rules(read_rules(path), config_source("timex.json", path))


_PATTERN_FLAGS = (
    "requires_cue", "veto_words_before", "requires_clause_cue", "veto_clause_cue",
    "veto_past_tense", "fraction_guard", "veto_quantity_after", "veto_anchored_after", "veto_plan",
)
# each kind is a _Normalizer method "_<kind>"
_KINDS = ("date", "month", "year", "offset", "relative_day", "relative_unit", "weekday",
          "season", "holiday")


def _compile(raw: dict[str, Any]) -> TimexRules:
    months = {k.lower(): int(v) for k, v in raw["months"].items()}
    abbreviations = {k.lower(): int(v) for k, v in raw["month_abbreviations"].items()}
    units = {form.lower(): unit for unit, forms in raw["units"].items() for form in forms}
    subday = {form.lower(): unit for unit, forms in raw["subday_units"].items() for form in forms}
    holidays = {k.lower().replace("’", "'"): v for k, v in raw["holidays"].items()
                if not k.startswith("_")}
    seasons = {k.lower(): v for k, v in raw["seasons"].items()
               if not k.startswith("_") and isinstance(v, dict)}
    season_precision = raw["seasons"].get("precision", "month")
    if season_precision not in ("year", "month"):
        raise TimexRulesError(f"seasons.precision must be 'year' or 'month', not {season_precision!r}")
    number_words = {k.lower(): int(v) for k, v in raw["number_words"].items()}
    weekdays = {k.lower(): int(v) for k, v in raw["weekdays"].items()}
    numword = "(?:" + _alternation(list(number_words)) + r")(?=[\s-])"
    placeholders = {
        "MONTH": _alternation([*months, *abbreviations]),
        "MONTH_FULL": _alternation(list(months)),
        # a number word needs a space before its unit: "an d" is not "and"; "2-3 weeks" is a range
        "NUM": rf"(?P<num>\d{{1,3}}(?:\.\d+)?|{numword})(?:\s*(?:-|to)\s*(?P<num2>\d{{1,3}}(?:\.\d+)?))?",
        "NUMWORD": numword,
        "WEEKDAY": _alternation(list(weekdays)),
        "UNIT": _alternation(list(units)),
        "SUBDAY_UNIT": _alternation(list(subday)),
        # typed apostrophes vary: "New Year's", "New Year’s", "New Years"
        "HOLIDAY": _alternation(list(holidays)).replace("'", "['’]?"),
        "SEASON": _alternation(list(seasons)),
        "FUTURE": _alternation(raw["future_cues"]),
        "PRESENTING": _alternation(raw["presenting_cues"]),
    }
    patterns, cores, specs = [], [], []
    known = {"name", "kind", "regex", "direction", *_PATTERN_FLAGS}
    for spec in raw["patterns"]:
        unknown = set(spec) - known
        if unknown:
            raise TimexRulesError(f"pattern {spec.get('name')!r}: unknown keys {sorted(unknown)}")
        if spec["kind"] not in _KINDS:
            raise TimexRulesError(f"pattern {spec['name']!r}: unknown kind {spec['kind']!r}")
        source = spec["regex"]
        for key, alternation in placeholders.items():
            source = source.replace("{" + key + "}", f"(?:{alternation})")
        cores.append("(?:" + source + ")" + _RIGHT_EDGE)
        specs.append(spec)
    scan = JointRegex(cores, re.IGNORECASE, left_edge=_LEFT_EDGE)
    for spec, regex in zip(specs, scan.patterns):
        if "t" not in regex.groupindex:
            raise TimexRulesError(f"pattern {spec['name']}: needs a named group 't' for the span")
        patterns.append(Pattern(
            name=spec["name"], kind=spec["kind"], regex=regex,
            direction=spec.get("direction", "past"),
            requires_cue=spec.get("requires_cue"),
            veto_words_before=spec.get("veto_words_before"),
            requires_clause_cue=spec.get("requires_clause_cue"),
            veto_clause_cue=spec.get("veto_clause_cue"),
            veto_past_tense=bool(spec.get("veto_past_tense", False)),
            fraction_guard=bool(spec.get("fraction_guard", False)),
            veto_quantity_after=bool(spec.get("veto_quantity_after", False)),
            veto_anchored_after=bool(spec.get("veto_anchored_after", False)),
            veto_plan=bool(spec.get("veto_plan", False)),
        ))
    cue_lists = {
        name: frozenset(w.lower() for w in raw[name])
        for name in ("date_cues_before", "year_veto_before", "month_alone_cues_before")
    }
    for name, words in raw["clause_cues"].items():
        if not name.startswith("_"):
            cue_lists[name] = frozenset(w.lower() for w in words)
    guard = raw["fraction_guard"]
    return TimexRules(
        patterns=patterns,
        scan=scan,
        months={**months, **abbreviations},
        lowercase_is_not_a_month=frozenset(raw["lowercase_is_not_a_month"]),
        number_words=number_words,
        units={**units, **subday},
        holidays=holidays,
        past_tense_exceptions=frozenset(raw["clause_cues"]["past_tense_exceptions"]),
        seasons=seasons,
        season_precision=season_precision,
        weekdays=weekdays,
        event_seasons=frozenset(raw["event_words_after_season"]["seasons"]),
        event_season_words_before=frozenset(raw["event_words_after_season"]["words_before"]),
        event_season_end=re.compile(raw["event_words_after_season"]["must_end_with"]),
        relative_days={re.sub(r"\s+", " ", k.lower()): int(v) for k, v in raw["relative_days"].items()},
        relative_modifiers={k.lower(): int(v) for k, v in raw["relative_modifiers"].items()},
        cue_lists=cue_lists,
        fraction_words_before=frozenset(guard["words_before"]),
        fraction_words_after=frozenset(guard["words_after"]),
        score_words=frozenset(guard["score_words"]),
        score_window=int(guard["score_window"]),
        score_override_cues=frozenset(guard["score_override_cues"]),
        fraction_window=int(guard["words_before_window"]),
        secondary_to=frozenset(guard["secondary_to"]),
        quantity_after=re.compile(
            r"^\s*(?:" + _alternation(raw["quantity_units"]) + r")(?![a-z])", re.IGNORECASE),
        anchored_after=re.compile(
            r"^\s+(?:" + _alternation(raw["anchored_after"]) + r")\b", re.IGNORECASE),
        since_before=re.compile(
            r"\b(?:" + _alternation(raw["since_prefix"]) + r")\s*~?\s*$", re.IGNORECASE),
        earliest_year=int(raw["year_range"]["earliest"]),
        latest_after_note=int(raw["year_range"]["latest_after_note"]),
    )


# ---------------------------------------------------------------------------------------------
# Context around a match

_WORD = re.compile(r"[a-z0-9/~]+(?:[-'][a-z0-9]+)*", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]|\s-\s|,\s")


def _words_before(text: str, pos: int, n: int) -> list[str]:
    line_start = text.rfind("\n", 0, pos) + 1
    window = text[max(line_start, pos - 80):pos]
    return [w.lower() for w in _WORD.findall(window)][-n:]


def _has_cue_before(text: str, pos: int, cues: frozenset[str]) -> bool:
    before = text[max(0, pos - 40):pos].rstrip()
    if before.endswith(("(", "~", "[")):
        return True
    words = _words_before(text, pos, 2)
    if not words:
        return False
    return words[-1] in cues or " ".join(words[-2:]) in cues


def _clause_before(text: str, pos: int) -> list[str]:
    start = max(0, pos - 120)
    window = text[start:pos]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end():]
    return [w.lower() for w in _WORD.findall(window)]


def _clause_after(text: str, pos: int) -> list[str]:
    window = text[pos:pos + 80]
    first_break = _CLAUSE_BREAK.search(window)
    if first_break:
        window = window[:first_break.start()]
    return [w.lower() for w in _WORD.findall(window)]


def _words_after(text: str, pos: int, n: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[pos:pos + 40])][:n]


# ---------------------------------------------------------------------------------------------
# Normalization

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
        self.future_context = False  # set per match: the clause talks about plans or follow-up

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
        if unit in ("day", "week"):
            days = amount * (7 if unit == "week" else 1)
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
        if modifier == 0 and unit == "week":
            return None  # "this week" names no day, and a week is not a precision we write
        return self._shift(unit, modifier)

    def _holiday(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        key = re.sub(r"\s+", " ", (g.get("holiday") or "").lower()).replace("’", "'")
        rule = self.rules.holidays.get(key) or self.rules.holidays.get(key.replace("years", "year's"))
        if rule is None:
            return None
        def on(year: int) -> date:
            if "day" in rule:
                return date(year, rule["month"], rule["day"])
            first = date(year, rule["month"], 1)
            if rule["nth"] > 0:
                offset = (rule["weekday"] - first.weekday()) % 7 + 7 * (rule["nth"] - 1)
                return first + timedelta(days=offset)
            last = first + relativedelta(months=1) - timedelta(days=1)
            return last - timedelta(days=(last.weekday() - rule["weekday"]) % 7)
        if g.get("year"):
            year = int(g["year"])
            return _fmt_day(on(year)) if self.year_ok(year) else None
        if self.note_date is None:
            return None
        candidates = [(on(y).toordinal(), on(y))
                      for y in (self.note_date.year - 1, self.note_date.year, self.note_date.year + 1)]
        weight = 1.0 if self.future_context else 3.0
        return _fmt_day(_closest(candidates, self.note_date.toordinal(), weight))

    def _weekday(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        if self.note_date is None:
            return None
        weekday = self.rules.weekdays.get((g.get("weekday") or "").lower().rstrip("."))
        mod = re.sub(r"\s+", " ", (g.get("mod") or "").lower())
        modifier = self.rules.relative_modifiers.get(mod)
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

    def _season_value(self, year: int, month: int) -> str:
        return f"{year:04d}" if self.rules.season_precision == "year" else _fmt_month(year, month)

    def _season(self, pattern: Pattern, g: dict[str, str | None]) -> str | None:
        season = self.rules.seasons.get((g.get("season") or "").lower())
        if season is None:
            return None
        middle = int(season["middle"])
        first, last = int(season["months"][0]), int(season["months"][-1])
        if g.get("year"):
            year = int(g["year"])
            return self._season_value(year, middle) if self.year_ok(year) else None
        if self.note_date is None:
            return None
        modifier = self.rules.relative_modifiers.get((g.get("mod") or "").lower())
        if modifier is None:
            return None
        # The season's occurrence is named by the year its middle month falls in; a season that
        # wraps the new year (winter) starts in the previous calendar year.
        def span(year: int) -> tuple[date, date]:
            start_year = year - 1 if first > middle else year
            end_year = year + 1 if last < middle else year
            start = date(start_year, first, 1)
            end = date(end_year, last, 1) + relativedelta(months=1) - timedelta(days=1)
            return start, end
        years = range(self.note_date.year - 2, self.note_date.year + 3)
        current = next((y for y in years if span(y)[0] <= self.note_date <= span(y)[1]), None)
        if modifier < 0:
            year = max(y for y in years if span(y)[1] < self.note_date)
        elif modifier > 0:
            year = min(y for y in years if span(y)[0] > self.note_date)
        else:
            year = current if current is not None else min(
                y for y in years if span(y)[0] > self.note_date)
        return self._season_value(year, middle) if self.year_ok(year) else None


# ---------------------------------------------------------------------------------------------
# Finding

def _is_score(text: str, start: int, end: int, rules: TimexRules) -> bool:
    if not text[start:end].endswith("/10"):
        return False
    before = _words_before(text, start, rules.score_window)
    if before and before[-1] in rules.score_override_cues:
        return False
    after = _words_after(text, end, 2)
    return any(w in rules.score_words for w in before + after)


def _is_fraction(text: str, start: int, end: int, rules: TimexRules) -> bool:
    if _is_score(text, start, end, rules):
        return True
    if _has_cue_before(text, start, rules.cue_lists["date_cues_before"]):
        return False
    surface = text[start:end]
    if surface in rules.secondary_to:
        return True
    before = _words_before(text, start, rules.fraction_window)
    after = _words_after(text, end, 1)
    if after and after[0] in rules.fraction_words_after:
        return True
    if before and before[-1] in rules.fraction_words_before:
        return True
    # "1 1/2 tabs": a whole number right before makes a mixed fraction
    return bool(re.search(r"\d\s+$", text[max(0, start - 4):start]))


_DATE_WORD = re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")


def _vetoed(pattern: Pattern, match: re.Match[str], text: str, rules: TimexRules) -> bool:
    start, end = match.span("t")
    if pattern.requires_cue and not _has_cue_before(
            text, start, rules.cue_lists[pattern.requires_cue]):
        return True
    if pattern.veto_words_before:
        veto = rules.cue_lists[pattern.veto_words_before]
        words = _words_before(text, start, 2)
        if text[:start].rstrip().endswith(("@", "#")) or (words and (
                words[-1] in veto or " ".join(words[-2:]) in veto)):
            return True
    if pattern.fraction_guard and _is_fraction(text, start, end, rules):
        return True
    if pattern.veto_quantity_after and rules.quantity_after.match(text[end:end + 12]):
        return True
    if pattern.veto_anchored_after and rules.anchored_after.match(text[match.end():match.end() + 20]):
        return True
    clause = None
    if pattern.veto_plan:
        clause = _clause_before(text, match.start())
        if any(w in rules.cue_lists["plan"] for w in clause):
            return True
    if pattern.veto_plan and any(_DATE_WORD.match(w) for w in (clause or [])[-2:]):
        return True  # "started 8/3 x 28 days": the date already dates it, the duration is a course
    if pattern.veto_clause_cue or pattern.veto_past_tense:
        clause = clause if clause is not None else _clause_before(text, match.start())
        if pattern.veto_clause_cue and any(
                w in rules.cue_lists[pattern.veto_clause_cue] for w in clause):
            return True
        if pattern.veto_past_tense and any(
                len(w) > 4 and w.endswith("ed") and w not in rules.past_tense_exceptions
                for w in clause):
            return True
    if pattern.requires_clause_cue:
        clause = clause if clause is not None else _clause_before(text, match.start())
        # the cue may also follow at the head of the clause: "Over 3 months progressive swelling"
        around = clause + _clause_after(text, match.end())[:3]
        if not any(w in rules.cue_lists[pattern.requires_clause_cue] for w in around):
            return True
    if pattern.kind == "season" and (match.groupdict().get("season") or "").lower() in rules.event_seasons:
        modifier = rules.relative_modifiers.get((match.groupdict().get("mod") or "").lower(), 0)
        if modifier < 0:
            before = _words_before(text, start, 1)
            if before and before[-1] in rules.event_season_words_before:
                return True
            if not rules.event_season_end.match(text[end:end + 3]):
                return True
    # a year right after "555-" is part of a phone or record number; after "2015-" it ends a range
    if pattern.kind == "year":
        joined = re.search(r"(\d+)-$", text[max(0, start - 8):start])
        if joined and not (len(joined.group(1)) == 4 and joined.group(1)[:2] in ("19", "20")):
            return True
    return False


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


def find_timexes(text: str, note_date: date | None, rules: TimexRules) -> list[TimexMatch]:
    """All TIMEX expressions of a text, non-overlapping, in text order.

    An expression that needs the note's date to resolve (everything without a stated year) is
    left out when ``note_date`` is None, so every returned value is a valid date string.
    """
    normalizer = _Normalizer(rules, note_date)
    candidates: list[tuple[int, int, int, int, str, str]] = []
    for priority, match in rules.scan.finditer(text):
        pattern = rules.patterns[priority]
        if _vetoed(pattern, match, text, rules):
            continue
        groups = match.groupdict()
        if pattern.kind in {"date", "month", "holiday", "weekday"}:
            clause = _clause_before(text, match.start())
            normalizer.future_context = any(
                w in rules.cue_lists["future_context"] for w in clause)
        try:
            value = normalizer.value(pattern, groups)
        except (ValueError, OverflowError):
            value = None  # calendar arithmetic ran off the calendar (year 1 or 9999)
        if value is None or not is_valid_value(value):
            continue
        start, end = match.span("t")
        if text[end - 1] == ".":
            end -= 1  # "Jan." and "April." end a sentence more often than they abbreviate
        if pattern.kind in {"date", "month", "year", "relative_day", "season", "weekday",
                            "holiday"}:
            since = rules.since_before.search(text, max(0, start - 12), start)
            if since:
                start = since.start()
        candidates.append((-(end - start), priority, start, end, value, pattern.name))
    chosen: list[TimexMatch] = []
    taken: list[tuple[int, int]] = []
    for _, _, start, end, value, rule in sorted(candidates):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append(TimexMatch(start, end, value, rule))
    return sorted(chosen)


# ---------------------------------------------------------------------------------------------
# spaCy component

def _as_date(value: Any, note_id: Any) -> date | None:
    """The note date as a calendar day: a datetime or pandas Timestamp by its day, an ISO string
    parsed; anything else is an error naming the note."""
    if value is None or isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if hasattr(value, "date") and callable(value.date):
        return value.date()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValueError(f"note {note_id}: note_date {value!r} is not a date")


class TimexComponent(BatchedPipe, RuleDataComponent):
    """Adds TIMEX spans with ``span._.koebner_timex_value``, resolved against
    ``doc._.koebner_note_date`` (expressions that need it are left out when it is unset).

    ``rules`` is a timex.json path (None: the file in use). Saved with the pipeline.
    """

    compiled = ("rules",)

    def __init__(self, nlp: Language, name: str, rules: str | None = None):
        register_extensions()
        self.name = name
        self.rules_path = rules
        self._defer(nlp)

    def _read(self) -> tuple[dict, dict[str, str]]:
        from ..resources import config_source

        data = read_rules(self.rules_path)
        return data, hashed([config_source("timex.json", self.rules_path)])

    def _build(self, data: dict) -> None:
        self.rules = compile_rules(data, self.rules_path or "timex.json")

    def __call__(self, doc: Doc) -> Doc:
        """Add TIMEX mentions to the doc's koebner span group; returns the doc."""
        note_date = _as_date(doc._.koebner_note_date, doc._.koebner_note_id)
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for found in find_timexes(doc_text(doc), note_date, self.rules):
            span = doc.char_span(found.start, found.end, label=LABEL, alignment_mode="expand")
            if span is None or (span.start, span.end) in seen:
                continue
            seen.add((span.start, span.end))
            span._.koebner_timex_value = found.value
            span._.koebner_rule = f"timex:{found.rule}"
            spans.append(span)
        if spans or SPAN_GROUP not in doc.spans:
            add_mentions(doc, spans)
        return doc


@Language.factory("koebner_timex", default_config={"rules": None},
                  assigns=["doc.spans", "span._.koebner_timex_value", "span._.koebner_rule"])
def make_timex(nlp: Language, name: str, rules: str | None) -> TimexComponent:
    """The ``koebner_timex`` factory: a :class:`TimexComponent` reading ``rules``."""
    return TimexComponent(nlp, name, rules)
