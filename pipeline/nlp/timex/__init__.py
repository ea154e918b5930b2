"""TIMEX mentions: time expressions that date an event, normalized against the note's date.

Patterns and word lists are data (configs/timex.json); this package compiles them and turns a
match into a calendar date at the precision the text gives (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``),
following the annotation guidelines (section 1 and the v1.1 clarifications).

We do not use a general date parser (dateparser, dateutil.parser): clinical shorthand is the hard
part ("x 2 wks", "2/8" next to "8/10 pain" and "2/2 DKD"), and the decision whether a string dates
anything depends on its neighbours, which such parsers do not look at. dateutil's relativedelta does
the calendar arithmetic.

The package, one concern per module: ``rules`` reads and compiles the rule file, ``context``
reads the words around a match, ``normalize`` turns a match into a date, ``find`` finds, vetoes
and chooses the matches of a text, and ``component`` is the spaCy component.
"""
from .component import LABEL, TimexComponent, _as_date, make_timex
from .find import TimexMatch, find_timexes
from .normalize import is_valid_value
from .rules import (
    _KINDS,
    _LEFT_EDGE,
    _PATTERN_FLAGS,
    _RIGHT_EDGE,
    Pattern,
    TimexRules,
    TimexRulesError,
    compile_rules,
    default_rules_path,
    load_rules,
    read_rules,
)

__all__ = [
    "LABEL", "Pattern", "TimexComponent", "TimexMatch", "TimexRules", "TimexRulesError",
    "compile_rules", "default_rules_path", "find_timexes", "is_valid_value", "load_rules",
    "make_timex", "read_rules", "_KINDS", "_LEFT_EDGE", "_PATTERN_FLAGS", "_RIGHT_EDGE", "_as_date",
]
