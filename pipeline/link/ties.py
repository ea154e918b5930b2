"""Explicit ties: a sentence that places the lesion at the trauma ("arising at her insulin
injection sites", "where she rests her elbows") matches the two on its own."""
from __future__ import annotations

import re

from .config import LinkerConfig
from .timeline import EventMention, PatientTimeline

# phrases that deny the tie ("remote from her injection sites") outrank any tie phrase
_BLOCKERS = re.compile(
    r"\b(?:remote|away|distant|separate|far) from\b|\bnot (?:at|in|on|over|near)\b|\bspar(?:es|ing)\b"
    r"|\bunrelated to\b|\bno relation to\b",
    re.IGNORECASE,
)


def explicitly_tied(trauma: EventMention, lesion: EventMention, timeline: PatientTimeline,
                    config: LinkerConfig) -> bool:
    if trauma.note_id != lesion.note_id or trauma.sentence != lesion.sentence:
        return False
    note = timeline.note(trauma.note_id)
    offset = note.sentences[trauma.sentence][0]
    sentence = note.sentence_text(trauma.sentence)
    if _BLOCKERS.search(sentence):
        return False
    # the tie phrase must name this trauma: "at sites of enoxaparin injections (bridge for TKA)"
    # ties the injections, not the knee surgery later in the sentence
    start, end = trauma.start - offset, trauma.end - offset
    for pattern in config.explicit_ties:
        for match in pattern.finditer(sentence):
            gap = max(match.start() - end, start - match.end(), 0)
            if gap <= config.tie_max_gap_chars:
                return True
    return False
