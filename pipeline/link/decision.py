"""One trauma -> lesion pair, decided on typed fields; the reviewer's reason is rendered from them
(``reasons.py``).

The fields: how the sites match (explicit / exact / partial / none), the order of the trauma and
the lesion's onset and what it rests on (dates compared as intervals, the narrative, a tie, an
ongoing exposure, the date the trauma was first documented), whether the trauma precedes the
onset within the window the settings allow, and whether the trauma is care of the lesion. The
link follows from those fields alone (``link_policy``); no decision reads its own words back.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .config import LinkerConfig
from .dates import PartialDate, compare, days_between
from .exposure import is_chronic, is_repeated, long_standing, new_start
from .lesions import Onset
from .narrative import PairReading, read_pair
from .reasons import render_reason
from .sites import Site, site_match
from .timeline import EventMention, PatientTimeline

SiteMatch = Literal["explicit", "exact", "partial", "none"]
Order = Literal["before", "after", "overlap", "unknown"]
OrderBasis = Literal["dates", "dates_within", "told_before", "present", "narrative", "tie", "anatomy", "new_start",
                     "ongoing", "documentation", "care"]
Window = Literal["within", "beyond", "n/a"]


@dataclass
class PairDecision:
    """Everything decided about one trauma -> lesion pair at one site pair; the link follows from it."""
    trauma: EventMention
    lesion: EventMention
    trauma_site: Site | None
    lesion_site: Site | None
    onset: Onset
    site_match: SiteMatch
    tie: str | None  # the words that tie the lesion to the trauma (or its incision, stoma, stump)
    order: Order  # the trauma relative to the lesion's onset
    order_basis: OrderBasis
    order_cue: str | None  # the narrative words behind the order, when words decided it
    window: Window
    window_days: int | None  # the window that applied (None: no limit)
    care: str | None  # the words that make the trauma care of the lesion
    calciphylaxis: str  # the patient's status: links count only for "yes"
    interval_days: int | None
    score: float
    # how many of the patient's lesion mentions place a lesion at the lesion's site, and whether
    # that is enough for a link by site alone (site_evidence.min_lesion_mentions; a tie needs none)
    site_mentions: int = 0
    corroborated: bool = True

    @property
    def linked(self) -> bool:
        """True when the pair is a Koebner link under link_policy (site, order, window, care, status)."""
        return link_policy(self)

    @property
    def region(self) -> str | None:
        """The region of the lesion's site, else of the trauma's; None when neither has a site."""
        site = self.lesion_site or self.trauma_site
        return site.region if site else None

    @property
    def contract_order(self) -> str:
        """links.parquet's order (contract v1: before / after / unknown)."""
        return "unknown" if self.order == "overlap" else self.order

    @property
    def reason(self) -> str:
        """The sentence a reviewer reads for this pair, ending in "linked" or "not linked"."""
        return render_reason(self)


def link_policy(d: PairDecision) -> bool:
    """Same site (or explicitly tied), a site told more than in passing, trauma before the onset
    and within the window, not care of the lesion, and calciphylaxis affirmed for the patient."""
    return (d.site_match in ("exact", "explicit") and d.corroborated and d.order == "before"
            and d.window != "beyond" and d.care is None and d.calciphylaxis == "yes")


def _reference(onset: Onset) -> PartialDate:
    """The lesion's stated onset, else the first note documenting it (onset on or before)."""
    return onset.date if onset.date is not None else PartialDate.of(onset.documented)


def _care_by_kind(trauma: EventMention, onset: Onset, config: LinkerConfig) -> str | None:
    """A biopsy, debridement or dressing first documented with or after the lesion, and not dated
    before its onset, is care of it (guidelines 7) unless its own words call it earlier. With
    no onset stated, one dated a few days (``care.recent_days``) before the note that first
    tells of the lesion, and told in that note, sampled or treated the lesion already there."""
    care = config.care
    if not care.kinds.search(trauma.text) or trauma.first_seen < onset.documented:
        return None
    reference = _reference(onset)
    if trauma.date is not None and compare(trauma.date, reference) == "before":
        recent = (onset.date is None and trauma.first_seen == onset.documented
                  and 0 <= (onset.documented - trauma.date.end).days <= care.recent_days)
        if not recent:
            return None
        return f"{trauma.text.strip()} dated {trauma.date}, days before the note that first tells of the lesion"
    return f"{trauma.text.strip()} documented {trauma.first_seen}, with or after the lesion"


def _order(trauma: EventMention, onset: Onset, reading: PairReading, tie: str | None,
           anatomy: bool, timeline: PatientTimeline, config: LinkerConfig) -> tuple[Order, OrderBasis, str | None]:
    reference = _reference(onset)
    if trauma.date is not None and onset.date is None and reading.order == "after":
        # the lesion is dated only by the note that first tells of it, which bounds its start
        # from above: a trauma dated before that note may still have come after the lesion, and
        # the note's words say it did ("a skin tear just below the sore she already had")
        return "after", "narrative", reading.order_cue
    if trauma.date is not None:
        relation = compare(trauma.date, reference)
        if (relation == "overlap" and config.order.same_day_is_before
                and trauma.date.precision == "day" and reference.precision == "day"):
            relation = "before"
        if relation != "overlap":
            return relation, "dates", None
        if trauma.first_seen < reference.start:
            # "since the spring" (a year) told in August, a plaque from 11/20: the periods
            # overlap, but a note told of the trauma before the lesion began
            return "before", "told_before", None
        if onset.present_by is not None and trauma.date.start > onset.present_by:
            # "ulcer since early May; biopsied 5/10; knocked the calf 5/22": the periods overlap,
            # but the lesion was there before the trauma's day
            return "after", "present", None
    # no dates, or dates too vague to order: the note's words, then what is known of the exposure
    if reading.order is not None:
        return reading.order, "narrative", reading.order_cue
    if tie is not None:
        return "before", "anatomy" if anatomy else "tie", tie
    if trauma.date is not None:
        ongoing = long_standing(trauma, timeline, config)
        if ongoing is not None:
            return "before", "ongoing", ongoing  # "for years": going on when the lesion began
        if not trauma.date.finer_than(reference) and is_chronic(trauma, timeline, config) and \
                (trauma.first_seen - onset.documented).days <= config.exposure.grace_days:
            # a brace worn "since the spring" (a season: the year only), told with a lesion of
            # June: an ongoing exposure, as if undated
            return "before", "ongoing", None
        if trauma.date.finer_than(reference):
            # a trauma pinned to a day inside the month the lesion began
            policy = config.order.overlap_policy_trauma_more_precise
            return ("before" if policy == "before" else "overlap"), "dates_within", None
        return ("before" if config.order.overlap_policy == "before" else "overlap"), "dates", None
    began = new_start(trauma, timeline, config)
    if began is not None:
        after = onset.date is not None and onset.date.end < trauma.first_seen
        return ("after" if after else "unknown"), "new_start", began
    if is_chronic(trauma, timeline, config) and \
            (trauma.first_seen - onset.documented).days <= config.exposure.grace_days:
        return "before", "ongoing", None
    onset_start = onset.date.start if onset.date is not None else onset.documented
    return ("before" if trauma.first_seen < onset_start else "unknown"), "documentation", None


def _window(trauma: EventMention, onset: Onset, order: Order, basis: OrderBasis, repeated: bool,
            config: LinkerConfig) -> tuple[Window, int | None]:
    """Single events are linked only within max_days_before_onset_single of the onset; an
    undated one is known only to precede its first documentation."""
    limit = config.order.max_days_ongoing if repeated else config.order.max_days_single
    if order != "before":
        return "n/a", limit
    if limit is None:
        return "within", None
    reference = _reference(onset)
    if trauma.date is not None:
        gap = (reference.start - trauma.date.end).days
    elif basis == "documentation":
        gap = (reference.start - trauma.first_seen).days
    else:
        return "within", limit
    return ("beyond" if gap > limit else "within"), limit


def decide(trauma: EventMention, trauma_site: Site | None, lesion: EventMention,
           lesion_site: Site | None, onset: Onset | None, timeline: PatientTimeline,
           config: LinkerConfig, calciphylaxis: str, anatomical_tie: str | None = None,
           site_mentions: int = 0) -> PairDecision:
    """``anatomical_tie``: the words placing the lesion at what this procedure left (the
    caller's ``product_tie``, computed once per pair of mentions); ``site_mentions``: how many
    of the patient's current lesion mentions place a lesion at ``lesion_site``."""
    onset = onset or Onset(lesion.date, lesion.first_seen)
    reading = read_pair(trauma, lesion, timeline, config)
    care = reading.care or trauma.care or _care_by_kind(trauma, onset, config)
    # care ties nothing; the sentence's own tie phrase comes before the anatomical one
    tie = None if care is not None else (reading.tie or anatomical_tie)
    anatomy = tie is not None and reading.tie is None

    if tie is not None:
        match: SiteMatch = "explicit"
    elif reading.denial is not None or trauma_site is None or lesion_site is None:
        match = "none"
    else:
        match = site_match(trauma_site, lesion_site)

    if care is not None:
        order, basis, cue = "after", "care", care
    else:
        order, basis, cue = _order(trauma, onset, reading, tie, anatomy, timeline, config)
    repeated = is_repeated(trauma, config) or is_chronic(trauma, timeline, config)
    window, window_days = _window(trauma, onset, order, basis, repeated, config)
    interval = days_between(trauma.date, onset.date) if order == "before" else None
    corroborated = match != "exact" or site_mentions >= config.min_lesion_mentions

    scores = config.scores
    order_key = "order_unknown" if order == "overlap" else f"order_{order}"
    score = scores[match] * scores[order_key] * (0.5 if window == "beyond" else 1.0) * (1.0 if corroborated else 0.5)
    if care is not None:
        score = 0.0
    return PairDecision(
        trauma=trauma, lesion=lesion, trauma_site=trauma_site, lesion_site=lesion_site,
        onset=onset, site_match=match, tie=tie, order=order, order_basis=basis, order_cue=cue,
        window=window, window_days=window_days, care=care, calciphylaxis=calciphylaxis,
        interval_days=interval, score=round(score, 3), site_mentions=site_mentions,
        corroborated=corroborated,
    )
