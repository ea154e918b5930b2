"""What kind of exposure a trauma is: repeated by nature, going on for years, or begun in this
episode ("started on admission")."""
from __future__ import annotations

from .config import LinkerConfig
from .timeline import EventMention, PatientTimeline


def is_repeated(trauma: EventMention, config: LinkerConfig) -> bool:
    """Exposure repeated by nature (injections, pressure): its stated start dates later,
    undated mentions of it."""
    return trauma.trauma_type in config.exposure.repeated_trauma_types


def _near(trauma: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str:
    """The trauma's words and those around it, within its sentence."""
    note = timeline.note(trauma.note_id)
    start, end = note.sentences[trauma.sentence]
    window = config.exposure.cue_window_chars
    return note.text[max(start, trauma.start - window):min(end, trauma.end + window)]


def new_start(trauma: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """The words saying an undated exposure began in this note's episode ("started", "on
    admission"): it began around the note's date, not before. Said of an earlier mention of the
    same exposure within ``ongoing_grace_days`` ("SCDs ordered" two days before "SCDs taken
    off"), it holds for this one too."""
    own = _own_start_words(trauma, timeline, config)
    if own:
        return own
    if timeline.traumas_by_key is None:
        timeline.traumas_by_key = {}
        for e in timeline.events:
            if e.label == "TRAUMA" and e.affirmed:
                timeline.traumas_by_key.setdefault(e.key, []).append(e)
    grace = config.exposure.grace_days
    for other in timeline.traumas_by_key.get(trauma.key, ()):
        if other is trauma or not 0 <= (trauma.first_seen - other.first_seen).days <= grace:
            continue
        words = _own_start_words(other, timeline, config)
        if words:
            return words
    return None


def _own_start_words(trauma: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """The new-start words around the trauma itself, read once per mention (the linker asks for
    every pair, and again through :func:`long_standing` and :func:`is_chronic`)."""
    memo = timeline.start_words
    if trauma.mention_id not in memo:
        match = config.exposure.new_start_cues.search(_near(trauma, timeline, config))
        memo[trauma.mention_id] = match.group(0) if match else None
    return memo[trauma.mention_id]


def long_standing(trauma: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """The words calling an exposure long-standing ("worn daily for years", "chronic")."""
    if new_start(trauma, timeline, config):
        return None
    match = config.exposure.long_standing_cues.search(timeline.note(trauma.note_id).sentence_text(trauma.sentence))
    return match.group(0) if match else None


def is_chronic(trauma: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> bool:
    """Exposure that was going on before the note (chronic pressure, home insulin, a sentence
    saying "daily" or "for years"), unless its words say it began now (heparin "started on
    admission")."""
    exposure = config.exposure
    if trauma.trauma_type in exposure.single_event_types or new_start(trauma, timeline, config):
        return False
    if trauma.trauma_type in exposure.ongoing_trauma_types or trauma.agent in exposure.chronic_agents:
        return True
    sentence = timeline.note(trauma.note_id).sentence_text(trauma.sentence)
    return bool(exposure.ongoing_cues.search(sentence))
