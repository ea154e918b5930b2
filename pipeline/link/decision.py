"""One trauma -> lesion pair: site match, order, score and a reason a reviewer can check."""
from __future__ import annotations

from dataclasses import dataclass

from .config import LinkerConfig
from .dates import PartialDate, compare, days_between, within
from .events import Onset, is_ongoing
from .sites import Site, site_match
from .ties import explicitly_tied
from .timeline import EventMention, PatientTimeline


@dataclass
class PairDecision:
    trauma: EventMention
    lesion: EventMention
    trauma_site: Site | None
    lesion_site: Site | None
    site_match: str
    onset: Onset | None
    order: str
    interval_days: int | None
    score: float
    linked: bool
    reason: str

    @property
    def region(self) -> str | None:
        site = self.lesion_site or self.trauma_site
        return site.region if site else None


def _describe_trauma(t: EventMention, site: Site | None) -> str:
    parts = [t.text.strip(), str(site) if site else "no site"]
    if t.date is not None:
        parts.append(str(t.date))
    return f"trauma ({', '.join(parts)})"


def _order(trauma: EventMention, onset: Onset, tied: bool, ongoing: bool, ongoing_kind: bool,
           config: LinkerConfig) -> tuple[str, str]:
    """before / after / unknown, and why."""
    if trauma.date is not None:
        if onset.date is not None:
            reference, what = onset.date, f"lesion onset {onset.date}"
        else:
            reference, what = PartialDate.of(onset.documented), f"first documentation of the lesion {onset.documented}"
        relation = compare(trauma.date, reference)
        if relation == "same" and config.same_day_is_before:
            relation = "before"
        if relation == "before":
            limit = config.max_days_ongoing if ongoing else config.max_days_single
            if not within(trauma.date, reference, limit):
                return "before", f"precedes {what} by more than {limit} days"
            return "before", f"precedes {what}"
        if relation == "after":
            return "after", f"follows {what}"
        return "unknown", f"is dated too vaguely to order against {what}"
    if tied:
        return "before", "is undated but the note places the lesion at the trauma"
    if ongoing_kind and (trauma.first_seen - onset.documented).days <= config.ongoing_grace_days:
        return "before", "is an ongoing exposure (no stated start) documented with the lesion"
    onset_start = onset.date.start if onset.date is not None else onset.documented
    if trauma.first_seen < onset_start:
        return "before", f"is undated but documented {trauma.first_seen}, before the lesion"
    return "unknown", f"is undated and first documented {trauma.first_seen}, after the lesion appeared"


def decide(trauma: EventMention, trauma_site: Site | None, lesion: EventMention,
           lesion_site: Site | None, onset: Onset | None, timeline: PatientTimeline,
           config: LinkerConfig, calciphylaxis: str) -> PairDecision:
    tied = explicitly_tied(trauma, lesion, timeline, config)
    if tied:
        match = "explicit"
    elif trauma_site is None or lesion_site is None:
        match = "none"
    else:
        match = site_match(trauma_site, lesion_site)
    ongoing = is_ongoing(trauma, timeline, config)
    if onset is None:
        onset = Onset(lesion.date, lesion.first_seen)
    # an undated trauma counts as present at onset only for exposures repeated by nature
    ongoing_kind = is_ongoing(trauma, timeline, config, by_type_only=True)
    order, order_why = _order(trauma, onset, tied, ongoing, ongoing_kind, config)
    interval = days_between(trauma.date, onset.date) if order == "before" else None
    limit = config.max_days_ongoing if ongoing else config.max_days_single
    in_window = "more than" not in order_why or limit is None

    scores = config.scores
    score = round(scores[match] * scores[f"order_{order}"] * (1.0 if in_window else 0.5), 3)
    site_ok = match in ("exact", "explicit")
    linked = site_ok and order == "before" and in_window

    subject = _describe_trauma(trauma, trauma_site)
    where = str(lesion_site) if lesion_site else "no site"
    if match == "explicit":
        site_words = f"explicitly tied to the lesion ({where}) in the note"
    elif match == "exact":
        site_words = f"at the same site ({where})"
    elif match == "partial":
        site_words = f"in the same body area but another region ({where})"
    elif trauma_site and lesion_site and trauma_site.region == lesion_site.region:
        site_words = f"on the other side ({where})"
    else:
        site_words = f"at another site ({where})"
    joiner = " " if order_why.startswith(("precedes", "follows")) else ", lesion "
    reason = f"{subject} {order_why}{joiner}{site_words}"
    if linked and calciphylaxis != "yes":
        linked = False
        reason += f"; calciphylaxis is '{calciphylaxis}' for this patient: not linked"
    else:
        reason += ": linked" if linked else ": not linked"
    return PairDecision(trauma, lesion, trauma_site, lesion_site, match, onset, order, interval,
                        score, linked, reason)
