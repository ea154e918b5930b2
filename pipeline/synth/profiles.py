"""Who a synthetic patient is: group, demographics, risk factors and the storyline's facts.

Each patient draws from its own ``random.Random`` seeded by (cohort seed, patient index), so a
patient is the same whatever the cohort size or chunking, and generation is reproducible across
runs and processes (string seeds are hashed with SHA-512, not with Python's salted ``hash``).
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from .vocabulary import KOEBNER_TRAUMAS, LESION_SITES, SIDES, UNSIDED_REGIONS

GROUPS = ("background", "ruled_out", "possible", "calciphylaxis", "koebner")
# Groups whose notes carry a calciphylaxis mention the full pipeline would flag (yes or possible).
FLAGGED_GROUPS = frozenset({"possible", "calciphylaxis", "koebner"})

FIRST_DAY = date(2013, 1, 1)
SPAN_DAYS = 11 * 365


@dataclass(frozen=True, slots=True)
class CohortShares:
    """Shares of all patients; ``koebner`` is part of ``calciphylaxis`` (which includes possible)."""

    calciphylaxis: float = 0.02
    koebner: float = 0.005
    ruled_out: float = 0.01  # background patients whose notes say calciphylaxis was excluded
    possible: float = 0.2    # of the non-Koebner calciphylaxis patients: only ever suspected

    def __post_init__(self) -> None:
        for name in ("calciphylaxis", "koebner", "ruled_out", "possible"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"share {name}={value} must be between 0 and 1")
        if self.koebner > self.calciphylaxis:
            raise ValueError(
                f"koebner share {self.koebner} cannot exceed calciphylaxis share "
                f"{self.calciphylaxis}: Koebner patients are calciphylaxis patients"
            )
        if self.calciphylaxis + self.ruled_out > 1.0:
            raise ValueError("calciphylaxis and ruled_out shares add up to more than 1")


@dataclass(frozen=True, slots=True)
class Site:
    """A body site as written (without side), its guidelines region, and its side as written ("" if unsided)."""
    text: str     # as written, without side: "lateral thigh"
    region: str
    side: str     # as written: "left", "L", "bilateral" or "" when unsided


@dataclass(frozen=True, slots=True)
class Trauma:
    """A trauma as notes phrase it, its trauma type, and a clause describing it as a habit (with {slots})."""
    phrase: str
    trauma_type: str
    clause: str   # habitual description with {slots}


@dataclass(frozen=True, slots=True)
class PatientProfile:
    """The generator's truth about one patient: group, demographics, risk factors and the storyline's sites.

    ``lesion_site``, ``trauma`` and ``trauma_site`` are None for patients whose group has none.
    """
    index: int
    patient_id: str
    group: str
    age: int
    sex: str
    dialysis: str      # HD | PD | none
    diabetes: bool
    insulin: bool
    other_wound: bool  # has a wound of another cause (venous, diabetic foot, pressure)
    n_notes: int
    first_date: date
    lesion_site: Site | None = None
    trauma: Trauma | None = None
    trauma_site: Site | None = None

    @property
    def flagged(self) -> bool:
        """True for the groups a note would flag: possible, calciphylaxis and koebner."""
        return self.group in FLAGGED_GROUPS


def _patient_rng(seed: int, index: int) -> random.Random:
    """The random generator of patient ``index``: fixed by the seed and the index alone."""
    return random.Random(f"koebner-synth:{seed}:{index}")


def make_profile(seed: int, index: int, shares: CohortShares) -> tuple[PatientProfile, random.Random]:
    """The profile of patient ``index``, and the patient's generator positioned after drawing it."""
    rng = _patient_rng(seed, index)
    roll = rng.random()
    if roll < shares.koebner:
        group = "koebner"
    elif roll < shares.calciphylaxis:
        group = "possible" if rng.random() < shares.possible else "calciphylaxis"
    elif roll < shares.calciphylaxis + shares.ruled_out:
        group = "ruled_out"
    else:
        group = "background"
    sick = group != "background"
    sex = "F" if rng.random() < (0.62 if sick else 0.46) else "M"
    age = rng.randint(48, 82) if sick else rng.randint(30, 90)
    dialysis = _dialysis(rng, sick)
    diabetes = rng.random() < (0.6 if sick else 0.5)
    insulin = diabetes and rng.random() < 0.6
    other_wound = rng.random() < (0.15 if sick else 0.35)
    if not sick and dialysis == "none" and not diabetes and not other_wound:
        other_wound = True  # background patients are in the cohort for one of these reasons
    n_notes = rng.randint(3, 8) if sick and group != "ruled_out" else rng.randint(2, 8)
    first = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
    lesion = trauma = trauma_site = None
    if group == "koebner":
        trauma, lesion = _koebner_trauma(rng)
        trauma_site = lesion
    elif group in ("calciphylaxis", "possible"):
        lesion = _site(rng)
        if rng.random() < 0.3:  # a trauma elsewhere: not a Koebner match
            trauma, trauma_site = _koebner_trauma(rng, avoid=lesion.region)
    profile = PatientProfile(
        index=index, patient_id=f"P{index:07d}", group=group, age=age, sex=sex,
        dialysis=dialysis, diabetes=diabetes, insulin=insulin, other_wound=other_wound,
        n_notes=n_notes, first_date=first, lesion_site=lesion, trauma=trauma,
        trauma_site=trauma_site,
    )
    return profile, rng


def _dialysis(rng: random.Random, sick: bool) -> str:
    roll = rng.random()
    if roll < (0.75 if sick else 0.4):
        return "HD"
    if roll < (0.88 if sick else 0.48):
        return "PD"
    return "none"


def _site(rng: random.Random, regions: tuple[str, ...] | None = None, avoid: str = "") -> Site:
    choices = [s for s in LESION_SITES if (regions is None or s[1] in regions) and s[1] != avoid]
    text, region = rng.choice(choices or LESION_SITES)
    if region in UNSIDED_REGIONS and text != "flank":
        side = "" if rng.random() < 0.6 else rng.choice(SIDES[:4])[0]
    else:
        side = rng.choice(SIDES)[0] if rng.random() < 0.9 else ""
    if text == "thigh" and side == "bilateral":
        text = "thighs"
    return Site(text, region, side)


def _koebner_trauma(rng: random.Random, avoid: str = "") -> tuple[Trauma, Site]:
    options = [t for t in KOEBNER_TRAUMAS if any(r != avoid for r in t[2])]
    phrase, kind, regions, clause = rng.choice(options)
    site = _site(rng, tuple(r for r in regions if r != avoid) or regions, avoid)
    if phrase.startswith("resting"):
        site = Site("thighs", "thigh", "bilateral")
    return Trauma(phrase, kind, clause), site
