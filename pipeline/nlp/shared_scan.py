"""One word-start scan of a note for the components that scan its text with rule regexes.

The timex and the risk-factor rules are each a :class:`~pipeline.nlp.joint_regex.JointRegex`
whose patterns start only next to a non-word character: each found, over the whole note, the
positions after a non-word character where one of its patterns' heads may start, and that scan
was a third of each component's time. :func:`share_word_starts` (called by
:func:`pipeline.nlp.build.load`) gives such components one :class:`SharedWordStarts`, and the
first of them to see a doc finds the positions for all of them.
"""
from __future__ import annotations

from spacy.tokens import Doc

from . import regex_heads
from .doc_memo import memo_slots
from .joint_regex import JointRegex


class SharedWordStarts:
    """One word-start scan of a text for several :class:`JointRegex` scans (the timex and the
    risk-factor rules both scan each note's text), found once per doc.

    The positions where any of several head sets may start are those where one of them may: the
    union of each scan's own positions. Given them, each scan tries its patterns where its own
    heads match and passes over the other positions (no head of its own matches there), so it
    finds what it finds alone. Scans join only when they use a word-start scan with the same
    guard flags; :meth:`covers` tells a caller whether its scan is one of them (a component that
    recompiled its rules has a new scan, which falls back to its own positions).
    """

    def __init__(self, scans: list[JointRegex]):
        usable = [s for s in scans if s.start_heads is not None]
        flags = {regex_heads.guard_flags(s.flags) for s in usable}
        joined = len(usable) > 1 and len(flags) == 1
        self.scans = tuple(usable) if joined else ()
        self._starts = regex_heads.WordStarts(frozenset().union(*(s.start_heads for s in usable)),
                                              usable[0].flags) if joined else None

    def covers(self, scan: JointRegex | None) -> bool:
        """Whether ``scan`` is one of the scans these positions serve."""
        return any(scan is s for s in self.scans)

    def positions_of(self, doc: Doc, text: str) -> list[int]:
        """The word-start positions of ``text``, the doc's text, found once per doc."""
        slots = memo_slots(doc)
        found = slots.get("shared_word_starts")
        if found is None or found[0] is not self:
            found = slots["shared_word_starts"] = (self, self._starts.positions(text))
        return found[1]


def share_word_starts(components: list) -> SharedWordStarts | None:
    """Give the components that scan the doc text for word starts (those with a
    ``word_start_scan()`` method and a ``shared_starts`` attribute) one shared scan; None when
    fewer than two can share one."""
    users = [c for c in components if callable(getattr(c, "word_start_scan", None))]
    shared = SharedWordStarts([c.word_start_scan() for c in users])
    if not shared.scans:
        return None
    for component in users:
        if shared.covers(component.word_start_scan()):
            component.shared_starts = shared
    return shared


def shared_starts_for(shared: SharedWordStarts | None, scan: JointRegex | None, doc: Doc,
                      text: str) -> list[int] | None:
    """The doc's shared word-start positions for ``scan`` (None: let the scan find its own)."""
    if shared is None or not shared.covers(scan):
        return None
    return shared.positions_of(doc, text)
