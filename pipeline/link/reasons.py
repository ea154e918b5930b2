"""The reason a reviewer reads on every candidate link, rendered from the decision's typed
fields (``PairDecision``): what the trauma was, what its order rests on, how the sites match,
and the verdict. Nothing here decides anything."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .decision import PairDecision
    from .lesions import Onset


def _describe_trauma(d: PairDecision) -> str:
    t = d.trauma
    parts = [t.text.strip(), str(d.trauma_site) if d.trauma_site else "no site"]
    if t.date is not None:
        parts.append(t.date.described())
    return f"trauma ({', '.join(parts)})"


def _onset_words(onset: Onset) -> str:
    if onset.date is not None:
        return f"lesion onset {onset.date.described()}"
    return f"first documentation of the lesion {onset.documented}"


def _order_words(d: PairDecision) -> str:
    what = _onset_words(d.onset)
    if d.order_basis == "care":
        return f"is care of the lesion ({d.care}), never its cause"
    if d.order_basis == "dates":
        if d.order == "before":
            if d.window == "beyond":
                return f"precedes {what} by more than {d.window_days} days"
            return f"precedes {what}"
        if d.order == "after":
            return f"follows {what}"
        return f"is dated too vaguely to order against {what} (the periods overlap)"
    if d.order_basis == "dates_within":
        if d.order == "before":
            return f"is dated within the period of {what}, so taken as before it (overlap policy)"
        return f"is dated within the period of {what}: the order is unknown"
    if d.order_basis == "told_before":
        return (f"is dated only within a period overlapping {what}, but a note told of it on "
                f"{d.trauma.first_seen}, before the lesion began")
    if d.order_basis == "present":
        shown = f"the {d.onset.present_cue}" if d.onset.present_cue else "its first documentation"
        return f"follows the lesion, there by {d.onset.present_by} ({shown}), though dated within {what}"
    if d.order_basis == "narrative":
        verb = "precedes" if d.order == "before" else "follows"
        return f"{verb} the lesion as the note tells it (\"{d.order_cue}\")"
    if d.order_basis == "tie":
        if d.trauma.date is not None:
            return f"cannot be ordered by date against {what}, but the note places the lesion at the trauma"
        return "is undated but the note places the lesion at the trauma"
    if d.order_basis == "anatomy":
        return f"left the site the lesion is described at (\"{d.tie}\"), so it came first"
    if d.order_basis == "new_start":
        if d.order == "after":
            return f"began in this episode (\"{d.order_cue}\", first documented {d.trauma.first_seen}), after {what}"
        return (f"began in this episode (\"{d.order_cue}\", first documented {d.trauma.first_seen}): "
                "not known to precede the lesion")
    if d.order_basis == "ongoing":
        if d.order_cue:
            return (f"is a long-standing exposure (\"{d.order_cue}\") whose date overlaps {what}: "
                    "it was going on when the lesion began")
        if d.trauma.date is not None:
            return f"is an ongoing exposure dated only within a period overlapping {what}, documented with the lesion"
        return "is an ongoing exposure (no stated start) documented with the lesion"
    if d.order == "before":
        if d.window == "beyond":
            return (f"is undated but documented {d.trauma.first_seen}, more than {d.window_days} days "
                    f"before the lesion")
        return f"is undated but documented {d.trauma.first_seen}, before the lesion"
    return f"is undated and first documented {d.trauma.first_seen}, after the lesion appeared"


def _site_words(d: PairDecision) -> str:
    where = str(d.lesion_site) if d.lesion_site else "no site"
    if d.site_match == "explicit":
        words = f" (\"{d.tie}\")" if d.tie else ""
        return f"explicitly tied to the lesion ({where}) in the note{words}"
    if d.site_match == "exact":
        if not d.corroborated:
            told = "none" if d.site_mentions == 0 else f"only {'one' if d.site_mentions == 1 else d.site_mentions}"
            return f"at the same site ({where}), but {told} of the patient's lesion mentions places a lesion there"
        return f"at the same site ({where})"
    if d.site_match == "partial":
        return f"in the same body area but another region ({where})"
    if d.trauma_site and d.lesion_site and d.trauma_site.region == d.lesion_site.region:
        return f"on the other side ({where})"
    return f"at another site ({where})"


def render_reason(d: PairDecision) -> str:
    """The reviewer's sentence for a pair: trauma, order and site words, then "linked" or "not linked".

    A pair right on site and time that is not linked because calciphylaxis is not "yes" says so.
    """
    order = _order_words(d)
    joiner = " " if order.startswith(("precedes", "follows")) else ", lesion "
    reason = f"{_describe_trauma(d)} {order}{joiner}{_site_words(d)}"
    site_time_ok = (d.site_match in ("exact", "explicit") and d.order == "before"
                    and d.window != "beyond" and d.care is None)
    if site_time_ok and d.calciphylaxis != "yes":
        return reason + f"; calciphylaxis is '{d.calciphylaxis}' for this patient: not linked"
    return reason + (": linked" if d.linked else ": not linked")
