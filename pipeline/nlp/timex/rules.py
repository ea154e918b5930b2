"""Timex rules: the rule file (configs/timex.json) read, checked and compiled into patterns.

Each pattern's ``{PLACEHOLDERS}`` are filled from the file's word lists, and all patterns, each
behind the edges every date shares, are compiled into one
:class:`~pipeline.nlp.joint_regex.JointRegex` scan, which also finds the "since then" anaphora.
"""
import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from ...errors import KoebnerError
from ..joint_regex import JointRegex, guarded
from ..regex_heads import starts_next_to_non_word

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
    # numeric dates: read only in notes that write them this way ("4/10" is 10 April in a
    # month-first note, 4 October in a day-first one); None for every note
    order: str | None = None


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
    event_season_stays: frozenset[str]  # a stay or start right before it makes it the season
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
    anaphora: re.Pattern[str] | None  # "since then": a start pointing back at the time before it
    anaphora_chars_back: int
    earliest_year: int
    latest_after_note: int
    scan: JointRegex | None = None  # every pattern in one pass over the text
    # the scan's index of the anaphora, when the scan finds its matches too (it starts next to a
    # non-word character, as the patterns do); None: it is searched for on its own
    anaphora_index: int | None = None




def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def default_rules_path() -> Path:
    """The packaged configs/timex.json."""
    return Path(str(files("pipeline.configs") / "timex.json"))


def read_rules(path: str | Path | None = None) -> dict[str, Any]:
    """The plain data of a timex rule file: ``path``, else the timex.json in use (the active rules
    folder's, else the packaged one), checked against its schema (TimexRulesError naming it)."""
    from ...rules.loader import read

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
    from ...resources import config_source

    return compile_rules(read_rules(path), config_source("timex.json", path))


_PATTERN_FLAGS = (
    "requires_cue", "veto_words_before", "requires_clause_cue", "veto_clause_cue",
    "veto_past_tense", "fraction_guard", "veto_quantity_after", "veto_anchored_after", "veto_plan",
)
# each kind is a _Normalizer method "_<kind>"
_KINDS = ("date", "month", "year", "offset", "relative_day", "relative_unit", "weekday",
          "season", "holiday", "day_of_month")


def _compile(raw: dict[str, Any]) -> TimexRules:
    months = {k.lower(): int(v) for k, v in raw["months"].items()}
    abbreviations = {k.lower(): int(v) for k, v in raw["month_abbreviations"].items()}
    units = {form.lower(): unit for unit, forms in raw["units"].items() for form in forms}
    subday = {form.lower(): unit for unit, forms in raw["subday_units"].items() for form in forms}
    # "x 2/52": a denominator names the unit only where a pattern asks for one, never in {UNIT}
    fractions = {denominator: unit for denominator, unit in raw.get("fraction_units", {}).items()}
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
    known = {"name", "kind", "regex", "direction", "order", *_PATTERN_FLAGS}
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
    # "since then" is found in the same pass as the patterns when it, like them, starts only next
    # to a non-word character: its own pass over the note would cost as much as the positions
    # pass the scan makes for all of them. The left edge is then each pattern's own, not shared.
    anaphora = raw["anaphora"]["pattern"] if raw.get("anaphora") else None
    anaphora_in_scan = anaphora is not None and starts_next_to_non_word(anaphora, re.IGNORECASE)
    scan = JointRegex([_LEFT_EDGE + core for core in cores] + ([anaphora] if anaphora_in_scan else []),
                      re.IGNORECASE)
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
            order=spec.get("order"),
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
        units={**units, **subday, **fractions},
        holidays=holidays,
        past_tense_exceptions=frozenset(raw["clause_cues"]["past_tense_exceptions"]),
        seasons=seasons,
        season_precision=season_precision,
        weekdays=weekdays,
        event_seasons=frozenset(raw["event_words_after_season"]["seasons"]),
        event_season_words_before=frozenset(raw["event_words_after_season"]["words_before"]),
        event_season_end=re.compile(raw["event_words_after_season"]["must_end_with"]),
        event_season_stays=frozenset(raw["event_words_after_season"].get("stay_words", ())),
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
        # else searched through every note that has a time expression: behind its first characters' guard
        anaphora=scan.patterns[-1] if anaphora_in_scan else guarded(anaphora, re.IGNORECASE) if anaphora else None,
        anaphora_index=len(patterns) if anaphora_in_scan else None,
        anaphora_chars_back=int(raw["anaphora"]["max_chars_back"]) if raw.get("anaphora") else 0,
        earliest_year=int(raw["year_range"]["earliest"]),
        latest_after_note=int(raw["year_range"]["latest_after_note"]),
    )
