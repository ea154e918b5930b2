"""Places that head a line: "1) Left hand dorsum: ...", "Hand: healing ulcer ...",
"B. Skin, right dorsal forearm, punch: ...". Templates and consult items name the place once,
before a colon, then describe what is there; the relation step keeps such a SITE when its line
holds an event, and the linker places the line's unplaced lesions there."""
from __future__ import annotations

import re

# before the place: an item marker and two words at most ("1)", "B.", "#2", "-", "Skin,")
_BEFORE = re.compile(r"[ \t]*(?:\(?(?:\d{1,2}|[A-Za-z])[.)][ \t]*|#\d+[ \t]*|[-*\u2022][ \t]*)?"
                     r"(?:[A-Za-z]+[ \t]*,?[ \t]*){0,2}\Z")
# after the place: three words at most ("dorsum", ", punch"), then the colon
_AFTER = re.compile(r"(?:[ \t]*,?[ \t]*[A-Za-z]+){0,3}[ \t]*,?[ \t]*:")
MAX_HEADING_CHARS = 60


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The start and end offsets of the line holding ``text[start:end]``."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end < 0 else line_end


def heading_end(text: str, start: int, end: int) -> int | None:
    """The offset just after the colon when the place ``text[start:end]`` heads its line, else
    None."""
    line_start, line_end = line_bounds(text, start, end)
    after = _AFTER.match(text, end, line_end)
    if after is None or after.end() - line_start > MAX_HEADING_CHARS:
        return None
    if not _BEFORE.match(text[line_start:start]):
        return None
    return after.end()


# a row or item label: before it an item marker at most (a bullet, "1." / "2)", or a capital
# letter item as in a list of images or wounds: "C - ", "B) ", "A. "); after it a dash, colon or
# bar, maybe after a short aside in brackets ("Abdomen (insulin sites): no lesions")
_LABEL_BEFORE = re.compile(r"[ \t]*(?:[-*\u2022]|\d{1,2}[.)]|\(?[A-Z][.)]|[A-Z][ \t]+[-\u2013])?[ \t]*\Z")
_LABEL_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?[-:|\u2013]")


def heads_a_later_line(text: str, after: int, start: int, end: int) -> bool:
    """Whether the place ``text[start:end]`` labels a line that begins after offset ``after``
    (a row or item label: "R upper arm - intact", "L heel: clean"), so it is that line's place,
    not one for what came before it."""
    line_start, _ = line_bounds(text, start, end)
    return (line_start > after and bool(_LABEL_BEFORE.match(text, line_start, start))
            and bool(_LABEL_AFTER.match(text, end)))
