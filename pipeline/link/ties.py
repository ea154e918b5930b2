"""Explicit ties: a sentence that places the lesion at the trauma ("arising at her insulin
injection sites", "where she rests her elbows") matches the two on its own."""
from __future__ import annotations

from .config import LinkerConfig
from .timeline import EventMention, PatientTimeline


def explicitly_tied(trauma: EventMention, lesion: EventMention, timeline: PatientTimeline,
                    config: LinkerConfig) -> bool:
    if trauma.note_id != lesion.note_id or trauma.sentence != lesion.sentence:
        return False
    note = timeline.note(trauma.note_id)
    offset = note.sentences[trauma.sentence][0]
    sentence = note.sentence_text(trauma.sentence)
    if config.tie_denials.search(sentence):
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


def denies_tie(event: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> bool:
    """The sentence says a lesion is not at a trauma ("remote from her injection sites"); a
    site found in it may be the trauma's, so the lesion there is no evidence of a link."""
    sentence = timeline.note(event.note_id).sentence_text(event.sentence)
    return bool(config.tie_denials.search(sentence))
