"""Body sites: region groups and laterality compatibility (guidelines sections 2 and 4)."""
from __future__ import annotations

from dataclasses import dataclass

from ..records import REGION_GROUP


@dataclass(frozen=True, slots=True)
class Site:
    """A body region (guidelines vocabulary) and its side: left, right, bilateral, or None when not stated."""
    region: str
    laterality: str | None = None  # left | right | bilateral | None (not stated)

    def __str__(self) -> str:
        return f"{self.region}:{self.laterality or 'unspecified'}"


def sides_compatible(a: str | None, b: str | None) -> bool:
    """Equal, one of them bilateral, or either unstated."""
    return a is None or b is None or a == b or "bilateral" in (a, b)


def site_match(trauma: Site, lesion: Site) -> str:
    """exact (same region, compatible side), partial (same region group), or none."""
    if trauma.region == lesion.region:
        return "exact" if sides_compatible(trauma.laterality, lesion.laterality) else "none"
    group = REGION_GROUP.get(trauma.region)
    if group is not None and group == REGION_GROUP.get(lesion.region):
        return "partial"
    return "none"


def sites_meet(a: list[Site], b: list[Site]) -> bool:
    """Do two mentions' sites meet: same region with compatible sides, or either placed nowhere?"""
    if not a or not b:
        return True
    return any(x.region == y.region and sides_compatible(x.laterality, y.laterality) for x in a for y in b)


def combined_side(sides: list[str | None]) -> str | None:
    """The most specific side stated across several mentions of one region: both sides or a
    bilateral statement make it bilateral; unstated mentions add nothing."""
    stated = {s for s in sides if s}
    if "bilateral" in stated or {"left", "right"} <= stated:
        return "bilateral"
    if len(stated) == 1:
        return stated.pop()
    return None
