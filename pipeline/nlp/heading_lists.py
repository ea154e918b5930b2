"""Items of a list under a heading line of their own:

    Differential diagnosis:
    1. calciphylaxis, given dialysis and warfarin
    2. warfarin necrosis

The heading qualifies every item below it, though each item is a sentence of its own that no
ConText scope reaches from the heading. The list runs from the line after the heading over the
lines that open with an item marker ("1.", "2)", "-", "*", a bullet); any other line ends it, so
"Biopsy 5/2 confirmed calciphylaxis." after the list is no item.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .line_headings import line_bounds

# an item marker opening a line: "1." / "2)" / "(3)" / "a." / "-" / "*" / a bullet
_ITEM = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-*\u2022\u25aa\u2013]|\[[ xX\u2713]?\]"
                   r"|[\u2610\u2611\u2612])[ \t]*\S")
MAX_ITEMS_ABOVE = 12  # items between a heading and the item that asks (longer lists are tables)


def heading_pattern(headings: Iterable[str]) -> re.Pattern:
    """A line that holds only one of ``headings`` (case-insensitive), then a colon or dash."""
    names = "|".join(sorted((re.escape(h) for h in headings), key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:{names})[ \t]*[:\-\u2013][ \t]*\Z", re.IGNORECASE)


def question_pattern(asks: str) -> re.Pattern:
    """A question that asks for one of the answers below it: ``asks`` (a regex, case-insensitive)
    somewhere in it, and a colon at its end."""
    return re.compile(rf"(?:{asks})[^\n]*:[ \t]*\Z", re.IGNORECASE)


def listed_under(text: str, start: int, heading: re.Pattern | None = None,
                 question: re.Pattern | None = None) -> bool:
    """Whether the character at ``start`` is on an item line of a list whose heading line
    matches ``heading``, or whose one or two lines above match ``question``."""
    line_start, line_end = line_bounds(text, start, start)
    if not _ITEM.match(text, line_start, line_end):
        return False
    for _ in range(MAX_ITEMS_ABOVE + 1):
        if line_start == 0:
            return False
        line_start, line_end = line_bounds(text, line_start - 1, line_start - 1)
        if heading is not None and heading.match(text, line_start, line_end):
            return True
        if question is not None and _asks(text, line_start, line_end, question):
            return True
        if not _ITEM.match(text, line_start, line_end):
            return False
    return False


def _asks(text: str, line_start: int, line_end: int, question: re.Pattern) -> bool:
    """The line, or the line with the one before it (a wrapped question), matches ``question``."""
    if question.search(text, line_start, line_end):
        return True
    if line_start == 0:
        return False
    before_start, _ = line_bounds(text, line_start - 1, line_start - 1)
    return bool(question.search(text[before_start:line_start - 1] + " " + text[line_start:line_end]))


__all__ = ["heading_pattern", "listed_under", "question_pattern"]
