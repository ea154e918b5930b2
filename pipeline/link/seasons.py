"""Seasons by the months they span, parts of a month by their days. A season resolves to its
year at the guidelines' precision ("this spring", told in August 2023, is "2023"), but the linker
orders it by its months: an injury of that spring came before a lesion that began in June. The
seasons' months are timex.json's, the one table the TIMEX step reads them from too. A part of a
month ("early November") resolves to the month, and is ordered by its third of it: a line put
in on the 24th came after a plaque there since early November."""
from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from ..nlp.timex.normalize import season_span
from ..nlp.timex.rules import read_rules
from ..resources import active_rules_dir
from .dates import PartialDate

RULE_PREFIX = "timex:"  # how mentions.parquet names the timex pattern that found a TIMEX
PART_OF_MONTH_RULE = RULE_PREFIX + "part_of_month"
# the days of a month's thirds, by the words timex.json's part_of_month pattern reads
MONTH_THIRDS = ((re.compile(r"\b(?:early|beginning|start)\b", re.IGNORECASE), 1, 10),
                (re.compile(r"\b(?:mid|middle)\b", re.IGNORECASE), 11, 20),
                (re.compile(r"\b(?:late|end)\b", re.IGNORECASE), 21, 31))


@lru_cache(maxsize=4)
def _seasons(rules_dir: object) -> tuple[dict, re.Pattern[str], frozenset[str]]:
    """The seasons table, a pattern for its words and the names of the season patterns, read
    once per rules folder in use (``rules_dir`` keys the cache; read_rules reads that folder)."""
    raw = read_rules()
    seasons = {k.lower(): v for k, v in raw["seasons"].items()
               if not k.startswith("_") and isinstance(v, dict)}
    words = sorted(seasons, key=len, reverse=True)
    word = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    rules = frozenset(RULE_PREFIX + p["name"] for p in raw["patterns"] if p.get("kind") == "season")
    return seasons, word, rules


def within_season(when: PartialDate | None, rule: object, text: object) -> PartialDate | None:
    """``when`` narrowed to its season's months when a season pattern found the TIMEX (its
    ``rule``) and it resolved to a year, or to its third of the month when the part-of-month
    pattern found it and it resolved to a month; any other date as it is."""
    if when is None or not isinstance(rule, str):
        return when
    if rule == PART_OF_MONTH_RULE and when.precision == "month":
        return _within_month(when, str(text))
    if when.precision != "year":
        return when
    seasons, word, rules = _seasons(active_rules_dir())
    if rule not in rules:
        return when
    found = word.search(str(text))
    if found is None:
        return when
    return when.narrowed(*season_span(seasons[found.group(1).lower()], when.year))


def _within_month(when: PartialDate, text: str) -> PartialDate:
    """A month narrowed to the third of it that ``text`` names ("early", "mid", "the end of")."""
    last_day = calendar.monthrange(when.year, when.month)[1]
    for words, first, last in MONTH_THIRDS:
        if words.search(text):
            return when.narrowed(date(when.year, when.month, first),
                                 date(when.year, when.month, min(last, last_day)))
    return when
