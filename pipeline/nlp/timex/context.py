"""The words around a timex match: before it, after it, and in its clause."""
import re

_WORD = re.compile(r"[a-z0-9/~]+(?:[-'][a-z0-9]+)*", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]|\s-\s|,\s")


def _words_before(text: str, pos: int, n: int) -> list[str]:
    line_start = text.rfind("\n", 0, pos) + 1
    window = text[max(line_start, pos - 80):pos]
    return [w.lower() for w in _WORD.findall(window)[-n:]]  # only the words kept are lowered


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
    last_break = None
    for last_break in _CLAUSE_BREAK.finditer(window):
        pass  # the clause starts after the last break
    if last_break is not None:
        window = window[last_break.end():]
    return [w.lower() for w in _WORD.findall(window)]


def _clause_after(text: str, pos: int) -> list[str]:
    window = text[pos:pos + 80]
    first_break = _CLAUSE_BREAK.search(window)
    if first_break:
        window = window[:first_break.start()]
    return [w.lower() for w in _WORD.findall(window)]


def _words_after(text: str, pos: int, n: int) -> list[str]:
    return [w.lower() for w in _WORD.findall(text[pos:pos + 40])][:n]

