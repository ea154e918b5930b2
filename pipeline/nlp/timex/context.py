"""The words around a timex match: before it, after it, and in its clause."""
import re

_WORD = re.compile(r"[a-z0-9/~]+(?:[-'][a-z0-9]+)*", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]|\s-\s|,\s")


def _raw_words_before(text: str, pos: int) -> list[str]:
    """The words of the line before ``pos`` (at most 80 characters back), as written: for a
    caller that wants the last few of them for several window sizes (:func:`_last_words`)."""
    line_start = text.rfind("\n", 0, pos) + 1
    return _WORD.findall(text[max(line_start, pos - 80):pos])


def _raw_words_before_wrapped(text: str, pos: int) -> list[str]:
    """:func:`_raw_words_before`, and the previous line's too when the line holding ``pos`` is a
    hard wrap inside a sentence (the line above ends on a word or a comma: "pain out of\n
    proportion, 8/10")."""
    line_start = text.rfind("\n", 0, pos) + 1
    words = _WORD.findall(text[max(line_start, pos - 80):pos])
    above = text[max(0, line_start - 81):max(0, line_start - 1)].rstrip()
    if line_start == 0 or not above or not (above[-1].isalnum() or above[-1] == ","):
        return words
    return _WORD.findall(above[above.rfind("\n") + 1:]) + words


def _last_words(words: list[str], n: int) -> list[str]:
    return [w.lower() for w in words[-n:]]  # only the words kept are lowered


def _words_before(text: str, pos: int, n: int) -> list[str]:
    return _last_words(_raw_words_before(text, pos), n)


def _has_cue_before(text: str, pos: int, cues: frozenset[str], raw_before: list[str] | None = None) -> bool:
    """``raw_before``: :func:`_raw_words_before` at ``pos``, when the caller has it."""
    before = text[max(0, pos - 40):pos].rstrip()
    if before.endswith(("(", "~", "[")):
        return True
    words = _last_words(raw_before if raw_before is not None else _raw_words_before(text, pos), 2)
    if not words:
        # the time opens a hard-wrapped line ("every day since\nAugust"): the cue, if any, ends
        # the line before
        line_start = text.rfind("\n", 0, pos)
        if line_start <= 0 or text[line_start + 1:pos].strip():
            return False
        words = _words_before(text, line_start, 2)
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

