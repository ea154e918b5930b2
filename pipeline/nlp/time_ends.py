"""Times that say when something ended, not when it began: "on warfarin until 2016", "stopped
wearing it on 4/20", "the scrape had healed by Easter". The relation step gives no event such a
time as its start, and the linker dates no change of the skin by it."""
from __future__ import annotations

import re

# a word right before the time that makes it an end
END_CUES = frozenset({"until", "till", "til", "untill", "thru"})
# a verb of stopping an exposure, and the words between it and its time ("stopped wearing it
# on 4/20"): the time is when it ended, not its start
STOP_VERBS = frozenset({"stopped", "quit", "discontinued", "ceased"})
STOP_FILLERS = frozenset({"wearing", "using", "applying", "doing", "it", "them", "this", "that", "on", "in",
                          "about", "around", "the", "her", "his"})
# a verb of healing and the words between it and "by" ("had fully healed up by May"): a time it
# had healed by is an end
HEALED_VERBS = frozenset({"healed", "closed", "resolved", "epithelialized", "epithelialised", "faded", "gone"})
HEALED_FILLERS = frozenset({"up", "over", "fully", "completely", "entirely", "all", "totally", "well"})

_WORDS = re.compile(r"[a-z]+")
_WORDS_BACK = 6  # as many words before a time as any of the tests reads


def ends_something(lower: list[str], start: int) -> bool:
    """Whether the lower-case words before token ``start`` say the time there is an end ("until
    2016", "stopped wearing it on 4/20", "quit using them in May", "had healed by Easter")."""
    if start > 0 and lower[start - 1] in END_CUES:
        return True
    if start > 1 and lower[start - 1] == "by":
        i = start - 2
        while i > 0 and lower[i] in HEALED_FILLERS:
            i -= 1
        if lower[i] in HEALED_VERBS:
            return True
    i = start - 1
    while i >= 0 and i >= start - 4 and lower[i] in STOP_FILLERS:
        i -= 1
    return i >= 0 and lower[i] in STOP_VERBS


def ends_something_in_text(text: str, start: int) -> bool:
    """:func:`ends_something` for a time starting at character ``start`` of ``text``, from the
    words of its line before it."""
    line_start = text.rfind("\n", 0, start) + 1
    words = _WORDS.findall(text[max(line_start, start - 80):start].lower())[-_WORDS_BACK:]
    return ends_something(words, len(words))
