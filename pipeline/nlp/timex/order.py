"""Which way a note writes its numeric dates: month first (US: 4/10 is 10 April) or day first
(UK, Ireland, India, Australia, South Africa...: 4/10 is 4 October).

A note says so itself more often than not: a header date that is the note's own date only when
read day first ("Sun 09/10/2022" on a note of 9 October 2022), or a date whose first number
cannot be a month ("scratched on 24/9"). Each such date is a vote, and so is a date written with
its month's name, day first ("17 March 2022", not "the 20th of March", nor "10-Mar-2022",
"10 Jun 2018" or "15 DEC 2020", which US records write as well) or month first ("March 17"), which is read only
when the numeric dates leave a tie (a day before its month's name does not vote when a numeric
date read day first would lie after the note). When the dates leave a tie still, usage of the
day-first countries decides ("review 4/52", "haemodialysis", "GP", "paracetamol"). A note with
none of these is read month first, as before.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from .normalize import _expand_year

MONTH_FIRST, DAY_FIRST = "month_first", "day_first"

# two numbers joined by "/" (or by "." or "-" when a year follows): "24/9", "09/10/2022", "11.10.22";
# the edges are checked in Python, which keeps the scan on the regex engine's fast digit search;
# "\d\d?" is "\d{1,2}" (the same tries in the same order) written so that the engine sees the
# digit every match starts with and skips to the next digit (a repeat first hides it: 40% slower)
_NUMERIC = re.compile(r"(\d\d?)([/.-])(\d\d?)(?:\2(\d{4}|\d{2}))?")
# run on the lowercased text: a case-sensitive alternation is several times faster than IGNORECASE
_MONTH_WORD = re.compile(r"(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?")
# "17 March" (not "10-Mar-2022": day, month abbreviation and year hyphenated is a US records
# format as much as a British one, and tells nothing)
_DAY_BEFORE = re.compile(r"(?:^|[^\d/.-])(?:[1-9]|[12]\d|3[01])\s+$")
_DAY_AFTER = re.compile(r"\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?![\d/:])(?!\s*(?:mg|mcg|units?|u|ml|cm|mm|kg|%))",
                        re.IGNORECASE)  # "March 17", not "Mar 5 mg"
_YEAR_AFTER = re.compile(r"\s+\d{4}\b")  # "10 Jun 2018": the year right after the month
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)  # searched up to the date's start
# usage of the countries that write the day first, read only when the dates themselves leave a
# tie (see _day_first_usage): not everyday spellings such as "centre", which US notes use in names.
# Plain searches come first, not one regex alternation, which the engine would try at every
# position of the note (about 50 us on a synthetic note)
_WEEKS_FRACTION = re.compile(r"(?<![\d/])\d{1,2}/52\b")
_BRITISH_NAMES = re.compile(r"\b(?:GP|A&E)\b")
# word starts (anything may follow: "haemodialysis") and whole words
_BRITISH_STARTS = ("haem", "oedema", "anaem", "paracetamol")
_BRITISH_WORDS = ("tds", "qds")


def _day_first_usage(text: str) -> bool:
    """Whether the note uses words of the day-first countries: "review 4/52", British spellings
    of clinical words ("haemodialysis", "oedema"), "paracetamol", "tds / qds", "GP", "A&E"."""
    if "/52" in text and _WEEKS_FRACTION.search(text):
        return True
    if ("GP" in text or "A&E" in text) and _BRITISH_NAMES.search(text):
        return True
    lower = text.lower()
    return any(_at_word_start(lower, word, whole=False) for word in _BRITISH_STARTS) \
        or any(_at_word_start(lower, word, whole=True) for word in _BRITISH_WORDS)


def _at_word_start(lower: str, word: str, whole: bool) -> bool:
    """Whether ``word`` starts a word of ``lower`` (and, if ``whole``, also ends it)."""
    at = lower.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not lower[at - 1].isalnum()) and (
                not whole or end == len(lower) or not lower[end].isalnum()):
            return True
        at = lower.find(word, end)
    return False


def numeric_order(text: str, note_date: date | None, months: Collection[str]) -> str:
    """MONTH_FIRST or DAY_FIRST for the numeric dates of ``text`` (see the module's docstring);
    ``months`` are the month names and abbreviations of the timex rules, lowercase."""
    day_votes = month_votes = 0
    ahead_day_first = False  # a date that, read day first, would lie after the note
    for match in _NUMERIC.finditer(text):
        start, end = match.span()
        if (start and text[start - 1] in "0123456789/.:-") or (end < len(text) and (
                text[end] in "0123456789/" or (text[end] in ".-" and text[end + 1:end + 2].isdigit()))):
            continue  # part of a longer number, ratio or time
        first, separator, second, year = int(match.group(1)), match.group(2), int(match.group(3)), match.group(4)
        if year is None and (separator != "/" or (first, second) == (24, 7)):
            continue  # "3-4", "1.5": ranges and decimals; "24/7": round the clock
        if note_date is not None and first != second and 1 <= first <= 12 and 1 <= second <= 12:
            full_year = _expand_year(year, note_date) if year is not None else note_date.year
            ahead_day_first |= date(full_year, first, second) <= note_date < date(full_year, second, first)
        if year is not None and note_date is not None and _expand_year(year, note_date) == note_date.year \
                and first != second:
            if (second, first) == (note_date.month, note_date.day):
                day_votes += 2  # the note's own date, read day first
                continue
            if (first, second) == (note_date.month, note_date.day):
                month_votes += 2
                continue
        if year is not None and note_date is not None and first != second \
                and 1 <= first <= 12 and 1 <= second <= 12 and _SINCE.search(text, max(0, start - 30), start):
            # "since 06/02/2023" in a note of 24 May 2023: a start cannot lie ahead of the note
            # both numbers are at most 12, so both readings are real days
            full_year = _expand_year(year, note_date)
            read_month_first, read_day_first = date(full_year, first, second), date(full_year, second, first)
            if read_month_first > note_date >= read_day_first:
                day_votes += 1
                continue
            if read_day_first > note_date >= read_month_first:
                month_votes += 1
                continue
        if 13 <= first <= 31 and 1 <= second <= 12 and (year is not None or second != 10):
            day_votes += 1  # "24/9": no month 24 ("15/10" without a year is more often a score)
        elif 1 <= first <= 12 and 13 <= second <= 31:
            month_votes += 1  # "9/24"
    if day_votes != month_votes:
        return DAY_FIRST if day_votes > month_votes else MONTH_FIRST
    # no numeric evidence either way: dates written with the month's name decide
    for match in _MONTH_WORD.finditer(text.lower()):
        start, end = match.span()
        if match.group(0).rstrip(".") not in months:
            continue  # "marked", "decreased"
        if _DAY_BEFORE.search(text, max(0, start - 4), start):
            if text[start:end].isupper():
                continue  # "15 DEC 2020": US military and legacy records write dates so too
            if end - start <= 4 and _YEAR_AFTER.match(text, end):
                continue  # "10 Jun 2018": an abbreviated month between day and year is a records
                # format US systems print too ("17 March 2022" in prose still votes)
            if ahead_day_first:
                continue  # "noticed ~27 Feb. Bx (03/12/21)" in March: read day first, the
                # biopsy would lie after the note, which outweighs how the month was written
            day_votes += 1  # "17 March 2022" (not "the 20th of March")
        elif (not match.group(0).startswith("may") or text[start] == "M") and _DAY_AFTER.match(text, end):
            month_votes += 1  # "March 17", "May 12" (a lower-case "may 2" is the verb)
    if day_votes == month_votes and not ahead_day_first and _day_first_usage(text):
        # no date decides: the note's usage does, unless a date read day first would lie after
        # the note ("core biopsy on 9/12" in a note of 20 September)
        return DAY_FIRST
    return DAY_FIRST if day_votes > month_votes else MONTH_FIRST
