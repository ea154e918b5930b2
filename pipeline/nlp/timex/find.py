"""Finding: every pattern's matches in a text, their vetoes (fractions, scores, plans, cues),
their values, and the longest non-overlapping ones kept."""
import re
from dataclasses import dataclass, field
from datetime import date

from .context import (
    _clause_after,
    _clause_before,
    _has_cue_before,
    _last_words,
    _raw_words_before,
    _raw_words_before_wrapped,
    _words_after,
    _words_before,
)
from .normalize import _Normalizer, is_valid_value
from .order import numeric_order
from .rules import Pattern, TimexRules


@dataclass(frozen=True, order=True)
class TimexMatch:
    """A time expression found in a text: character offsets, normalized value, rule name."""
    start: int
    end: int
    value: str
    rule: str = field(compare=False)


def _is_score(text: str, start: int, end: int, rules: TimexRules, raw_before: list[str]) -> bool:
    if not text[start:end].endswith("/10"):
        return False
    before = _last_words(raw_before, rules.score_window)
    if before and before[-1] in rules.score_override_cues:
        return False
    if len(before) < rules.score_window and "\n" in text[max(0, start - 80):start] \
            and rules.score_override_cues.isdisjoint(before):
        # a score word on the line above a hard wrap ("pain out of\nproportion, 8/10"), unless
        # the time's own line dates something ("plaque present\nsince about 9/10")
        before = _last_words(_raw_words_before_wrapped(text, start), rules.score_window)
    after = _words_after(text, end, 2)
    return any(w in rules.score_words for w in before + after)


def _is_fraction(text: str, start: int, end: int, rules: TimexRules) -> bool:
    raw_before = _raw_words_before(text, start)  # the words before, read once for each window
    if _is_score(text, start, end, rules, raw_before):
        return True
    if _has_cue_before(text, start, rules.cue_lists["date_cues_before"], raw_before):
        return False
    surface = text[start:end]
    if surface in rules.secondary_to:
        return True
    before = _last_words(raw_before, rules.fraction_window)
    after = _words_after(text, end, 1)
    if after and after[0] in rules.fraction_words_after:
        return True
    if before and before[-1] in rules.fraction_words_before:
        return True
    if _is_inch_fraction(text, surface, end):
        return True
    # "1 1/2 tabs": a whole number right before makes a mixed fraction
    return bool(re.search(r"\d\s+$", text[max(0, start - 4):start]))


# '1/4" packing strip', '3/8″ tape': an inch mark right after a fraction whose denominator is one
# of an inch ruler's (halves to sixteenths) measures a width, not a date
_INCH_MARKS = ('"', "″", "”")
_INCH_FRACTION = re.compile(r"\d{1,2}/(?:2|4|8|16)")


def _is_inch_fraction(text: str, surface: str, end: int) -> bool:
    return text[end:end + 1] in _INCH_MARKS and _INCH_FRACTION.fullmatch(surface) is not None


def _last_char_before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not whitespace ("" when there is none):
    ``text[:pos].rstrip()[-1:]`` without copying the text before ``pos``."""
    stripped = text[max(0, pos - 40):pos].rstrip()
    if stripped or pos <= 40:
        return stripped[-1:]
    return text[:pos].rstrip()[-1:]  # forty spaces or more


_DATE_WORD = re.compile(r"^\d{1,2}/\d{1,2}(?:/\d{2,4})?$")


def _vetoed(pattern: Pattern, match: re.Match[str], text: str, rules: TimexRules,
            fractions: dict[tuple[int, int], bool]) -> bool:
    """Whether a veto of ``pattern`` refuses ``match``. ``fractions``: whether a span reads as a
    fraction, by span, for one text (the month-first and the day-first pattern both match an
    "8/10", and ask about the same span)."""
    start, end = match.span("t")
    if pattern.requires_cue and not _has_cue_before(
            text, start, rules.cue_lists[pattern.requires_cue]):
        return True
    if pattern.veto_words_before:
        veto = rules.cue_lists[pattern.veto_words_before]
        words = _words_before(text, start, 2)
        if _last_char_before(text, start) in ("@", "#") or (words and (
                words[-1] in veto or " ".join(words[-2:]) in veto)):
            return True
    if pattern.fraction_guard:
        fraction = fractions.get((start, end))
        if fraction is None:
            fraction = fractions[start, end] = _is_fraction(text, start, end, rules)
        if fraction:
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
            if not rules.event_season_end.match(text[end:end + 3]) and not (
                    before and before[-1] in rules.event_season_stays):
                return True
    # a year right after "555-" is part of a phone or record number; after "2015-" it ends a range
    if pattern.kind == "year":
        joined = re.search(r"(\d+)-$", text[max(0, start - 8):start])
        if joined and not (len(joined.group(1)) == 4 and joined.group(1)[:2] in ("19", "20")):
            return True
    return False



def find_timexes(text: str, note_date: date | None, rules: TimexRules) -> list[TimexMatch]:
    """All TIMEX expressions of a text, non-overlapping, in text order.

    An expression that needs the note's date to resolve (everything without a stated year) is
    left out when ``note_date`` is None, so every returned value is a valid date string.
    """
    normalizer = _Normalizer(rules, note_date)
    order = None  # read from the text when a numeric date first needs it
    candidates: list[tuple[int, int, int, int, str, str]] = []
    fractions: dict[tuple[int, int], bool] = {}
    anaphora_index = rules.anaphora_index
    pointing: list[tuple[int, int]] = []  # the anaphora's matches, when the scan finds them
    for priority, match in rules.scan.finditer(text):
        if priority == anaphora_index:
            pointing.append(match.span())
            continue
        pattern = rules.patterns[priority]
        if _vetoed(pattern, match, text, rules, fractions):
            continue
        groups = match.groupdict()
        if pattern.kind in {"date", "month", "holiday", "weekday"}:
            normalizer.read_clause_at(text, match.start())
        try:
            value = normalizer.value(pattern, groups)
        except (ValueError, OverflowError):
            value = None  # calendar arithmetic ran off the calendar (year 1 or 9999)
        if value is None or not is_valid_value(value):
            continue
        # the note's order of numeric dates is the last test: reading it is a scan of the whole
        # note, needless when every numeric date was vetoed or has no value (all of a note's
        # year-less dates when it has no date); each test only drops a match, so the order of
        # the tests does not change what is kept
        if pattern.order is not None:
            order = order or numeric_order(text, note_date, rules.months)
            if pattern.order != order:
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
    return sorted(chosen + _pointing_back(text, sorted(chosen), taken, rules, pointing))


def _pointing_back(text: str, chosen: list[TimexMatch], taken: list[tuple[int, int]],
                   rules: TimexRules, scanned: list[tuple[int, int]]) -> list[TimexMatch]:
    """Starts told by pointing back ("flared up on Thanksgiving; ice pack on it since then"):
    each takes the value of the last expression of ``chosen`` (in text order) that ends within
    ``rules.anaphora_chars_back`` characters before it; with none, it is left out. ``scanned``:
    the anaphora's spans in text order, when the rules' scan finds them."""
    if rules.anaphora is None or not chosen:
        return []  # with no expression to point back at, a "since then" dates nothing
    spans = scanned if rules.anaphora_index is not None else [m.span() for m in rules.anaphora.finditer(text)]
    found = []
    for start, end in spans:
        if any(start < e and s < end for s, e in taken):
            continue
        before = [t for t in chosen if t.end <= start and start - t.end <= rules.anaphora_chars_back]
        if before:
            found.append(TimexMatch(start, end, before[-1].value, "since_then"))
    return found

