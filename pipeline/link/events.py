"""Lesion onsets and trauma dates across a patient's notes.

A lesion's onset is the earliest stated onset of the affirmed lesions at its site; without one,
the lesion is only known to predate the first note that documents a lesion there. A trauma's date
is its stated date, or that of the same exposure stated elsewhere (same note, same wording, or,
for repeated exposure such as daily insulin or chronic leaning, its stated start).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .config import LinkerConfig
from .dates import PartialDate, earliest
from .sites import Site, sides_compatible
from .ties import denies_tie
from .timeline import EventMention, PatientTimeline


@dataclass(frozen=True)
class Onset:
    date: PartialDate | None  # stated onset, when any note states one
    documented: date  # first note date documenting a lesion at this site: onset is on or before


def current_lesions(timeline: PatientTimeline, config: LinkerConfig) -> list[EventMention]:
    """Affirmed, current lesions (and affirmed calciphylaxis mentions placed on the skin)."""
    lesions = [
        e for e in timeline.events
        if e.label in config.lesion_labels and e.affirmed and not e.historical
        and not denies_tie(e, timeline, config)
    ]
    _keep_confirmed_regions(lesions)
    return lesions


def _keep_confirmed_regions(lesions: list[EventMention]) -> None:
    """A lesion placed in several regions at once ("dressing to L breast wound" read as breast
    and abdomen) keeps the regions that other sentences confirm, when some are confirmed."""
    support: dict[str, set[tuple[str, int]]] = {}
    for e in lesions:
        for s in e.sites:
            support.setdefault(s.region, set()).add((e.note_id, e.sentence))
    for e in lesions:
        if len({s.region for s in e.sites}) < 2:
            continue
        here = (e.note_id, e.sentence)
        confirmed = [s for s in e.sites if support[s.region] - {here}]
        if confirmed:
            e.sites = confirmed


def affirmed_traumas(timeline: PatientTimeline) -> list[EventMention]:
    # a trauma is never historical just for preceding the lesion, so historical ones count
    return [e for e in timeline.events if e.label == "TRAUMA" and e.affirmed]


def _same_place(a: Site, b: Site, strict_side: bool) -> bool:
    if a.region != b.region:
        return False
    if a.laterality is None:
        return True
    # a lesion on one side takes its onset from that side, bilateral or unsided statements
    return b.laterality in (None, a.laterality, "bilateral") if strict_side else sides_compatible(a.laterality, b.laterality)


def lesion_onset(site: Site, lesions: list[EventMention], config: LinkerConfig) -> Onset:
    here = [e for e in lesions if any(_same_place(site, s, True) for s in e.sites)]
    documented = min(e.first_seen for e in here)
    # calciphylaxis lesions are documented within weeks of appearing: an onset stated years
    # before the first note describing the lesion dates something else ("on HD since 2017")
    lead = config.max_onset_lead_days
    stated = earliest([
        e.date for e in here
        if e.date is not None and (lead is None or (documented - e.date.end).days <= lead)
    ])
    return Onset(stated, documented)


def is_ongoing(trauma: EventMention, timeline: PatientTimeline, config: LinkerConfig,
               by_type_only: bool = False) -> bool:
    """Repeated exposure (injections, chronic pressure), or a trauma its sentence calls
    repeated ("nightly", "since"); ``by_type_only`` ignores the wording."""
    if trauma.trauma_type in config.ongoing_trauma_types:
        return True
    if by_type_only:
        return False
    sentence = timeline.note(trauma.note_id).sentence_text(trauma.sentence)
    return bool(config.ongoing_cues.search(sentence))


def _sites_meet(a: EventMention, b: EventMention) -> bool:
    if not a.sites or not b.sites:
        return True
    return any(x.region == y.region and sides_compatible(x.laterality, y.laterality)
               for x in a.sites for y in b.sites)


def date_traumas(traumas: list[EventMention], timeline: PatientTimeline, config: LinkerConfig) -> None:
    """Give undated traumas the date of the same exposure stated elsewhere (never a later one)."""
    dated = [t for t in traumas if t.date is not None and t.date_source == "stated"]
    for t in traumas:
        if t.date is not None:
            continue
        ongoing = is_ongoing(t, timeline, config, by_type_only=True)
        same = []
        for d in dated:
            if d.trauma_type != t.trauma_type or not _sites_meet(t, d) or d.date.start > t.first_seen:
                continue
            if d.note_id == t.note_id and d.sentence == t.sentence:
                same.append((d, "same sentence"))
            elif d.key == t.key:
                same.append((d, "same wording"))
            elif ongoing and (t.agent is None or d.agent in (None, t.agent)):
                same.append((d, "start of repeated exposure"))
        if same:
            best = earliest([d.date for d, _ in same])
            t.date = best
            t.date_source = next(why for d, why in same if d.date == best)
