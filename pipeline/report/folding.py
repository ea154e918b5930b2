"""Candidate links folded: pairs that say the same thing are shown (and reviewed) once.

The linker considers every trauma mention against every lesion mention, so a trauma repeated in
ten notes against a lesion described in three gives thirty rows that differ only in their ids.
Links with the same trauma type, region, site match, order, dates, interval and decision fold
into one group; the group keeps every member so nothing is hidden, and is named by its first
member (highest score, then ids).
"""
from __future__ import annotations

from dataclasses import dataclass

from .run_data import LinkView


@dataclass(frozen=True, slots=True)
class LinkGroup:
    """Candidate links folded into one review row: the first (highest-ranked) member and all members."""
    first: LinkView
    members: tuple[LinkView, ...]

    @property
    def key(self) -> str:
        """The review field of this group: ``link:<trauma_id>><lesion_id>`` of its first member."""
        return link_field(self.first)

    @property
    def size(self) -> int:
        """Number of pairs folded into the group."""
        return len(self.members)


def link_field(link: LinkView) -> str:
    """The review field of one link: ``link:<trauma_id>><lesion_id>``."""
    return f"link:{link.trauma_id}>{link.lesion_id}"


def _score(link: LinkView) -> float:
    try:
        return float(link.score)
    except ValueError:
        return float("-inf")


def _same(link: LinkView) -> tuple:
    return (link.linked, link.trauma_type, link.region, link.site_match, link.order,
            link.trauma_date, link.lesion_onset, link.interval_days)


def fold_links(links: list[LinkView]) -> list[LinkGroup]:
    """Groups, linked ones first, each ordered by score then ids."""
    groups: dict[tuple, list[LinkView]] = {}
    for link in sorted(links, key=lambda k: (not k.linked, -_score(k), k.trauma_id, k.lesion_id)):
        groups.setdefault(_same(link), []).append(link)
    return [LinkGroup(members[0], tuple(members)) for members in groups.values()]
