"""Seasons by the months they span. A season resolves to its year at the guidelines' precision
("this spring", told in August 2023, is "2023"), but the linker orders it by its months: an
injury of that spring came before a lesion that began in June. The seasons' months are
timex.json's, the one table the TIMEX step reads them from too."""
from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.timex.normalize import season_span
from ..nlp.timex.rules import read_rules
from ..resources import active_rules_dir
from .dates import PartialDate

RULE_PREFIX = "timex:"  # how mentions.parquet names the timex pattern that found a TIMEX


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
    ``rule``) and it resolved to a year; any other date as it is."""
    if when is None or when.precision != "year" or not isinstance(rule, str):
        return when
    seasons, word, rules = _seasons(active_rules_dir())
    if rule not in rules:
        return when
    found = word.search(str(text))
    if found is None:
        return when
    return when.narrowed(*season_span(seasons[found.group(1).lower()], when.year))
