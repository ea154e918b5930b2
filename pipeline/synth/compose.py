"""Turn a patient profile into a dated series of notes.

A patient's notes follow a storyline for its group: background patients get routine dialysis,
diabetes and wound-care notes; calciphylaxis patients get a lesion, often a suspicion first, then
a biopsy or dermatology diagnosis, then follow-up (so the diagnosis may appear only in a later
note); Koebner patients also have a trauma at the lesion's site documented before the onset.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from . import noise
from .profiles import PatientProfile, Site
from .vocabulary import (
    BACKGROUND_PATHOLOGY_DX,
    BACKGROUND_SITES,
    BACKGROUND_WOUNDS,
    CALCI_AFFIRMED,
    CALCI_MISSPELLINGS,
    CALCI_NAMES,
    CALCI_NEGATED,
    CALCI_PATHOLOGY_MICRO,
    CALCI_UNCERTAIN,
    FILLER,
    HEADERS,
    LESION_PHRASES,
    NOTE_TYPES,
    PATHOLOGY_FILLER,
    SLOTS,
    TARGET_LENGTH,
)

SECTIONS = {
    "dialysis": ("hpi", "exam", "labs", "ap"),
    "nephrology": ("hpi", "pmh", "meds", "exam", "labs", "ap"),
    "wound": ("hpi", "skin", "ap"),
    "discharge": ("pmh", "course", "meds", "ap"),
    "ed": ("hpi", "ros", "exam", "ap", "disposition"),
    "telephone": ("reason",),
    "pathology": ("clinical", "gross", "micro", "dx"),
    "primary": ("hpi", "pmh", "meds", "allergies", "ros", "exam", "labs", "ap"),
    "podiatry": ("hpi", "exam", "skin", "ap"),
    "derm": ("hpi", "pmh", "meds", "skin", "ap"),
}
# Which pool pads which section; list sections hold one item per line.
PADDING = {
    "hpi": FILLER["hpi"], "ros": FILLER["ros"], "exam": FILLER["exam"], "labs": FILLER["labs"],
    "ap": FILLER["ap"], "course": FILLER["course"], "skin": FILLER["wound"],
    "disposition": FILLER["ap"], "reason": FILLER["phone"], "gross": PATHOLOGY_FILLER["gross"],
    "micro": PATHOLOGY_FILLER["micro"], "clinical": PATHOLOGY_FILLER["clinical"],
    "pmh": ["{pmh_item}"], "meds": ["{drug}"], "allergies": ["{allergy}"], "dx": [],
}
FALLBACK = {"exam": ("skin",), "skin": ("exam",), "ap": ("dx", "course", "disposition", "reason")}
LIST_SECTIONS = frozenset({"pmh", "meds", "allergies"})
SLOT = re.compile(r"\{(\w+)\}")
MONTHS = SLOTS["month"]


@dataclass
class Draft:
    """A note under construction: per section, sentences flagged protected from noise."""

    kind: str
    sections: dict[str, list[tuple[str, bool]]] = field(default_factory=dict)
    size: int = 0

    def __post_init__(self) -> None:
        self.sections = {name: [] for name in SECTIONS[self.kind]}

    def add(self, section: str, text: str, protected: bool = False) -> None:
        """Append a sentence to ``section``, or to the nearest section the note has; ``protected``: no noise added."""
        if section not in self.sections:  # storyline facts land in the closest section there is
            fallbacks = FALLBACK.get(section, ()) + (next(iter(self.sections)),)
            section = next(s for s in fallbacks if s in self.sections)
        self.sections[section].append((text, protected))
        self.size += len(text) + 1


def fill(template: str, rng: random.Random, ctx: dict[str, str]) -> str:
    """``template`` with each ``{slot}`` replaced from ``ctx``, else drawn from SLOTS; ``{slot_cap}`` is capitalized."""
    def value(match: re.Match[str]) -> str:
        name = match.group(1)
        cap = name.endswith("_cap")
        base = name[:-4] if cap else name
        text = ctx[base] if base in ctx else rng.choice(SLOTS[base])
        return text[:1].upper() + text[1:] if cap else text

    return SLOT.sub(value, template)


def _site_text(site: Site) -> str:
    """A site as written in a note, side first when it has one ("left lateral thigh")."""
    return f"{site.side} {site.text}" if site.side else site.text


def patient_context(profile: PatientProfile) -> dict[str, str]:
    """The slot values fixed for a patient: pronouns by sex, and age."""
    she = profile.sex == "F"
    ctx = {
        "pronoun_s": "she" if she else "he", "pronoun_o": "her" if she else "him",
        "possessive": "her" if she else "his", "pronoun": "she" if she else "he",
        "age": str(profile.age),
    }
    return ctx


def plan_notes(profile: PatientProfile, rng: random.Random) -> list[tuple[str, str]]:
    """(note kind, storyline role) for each of the patient's notes, in date order."""
    routine = _routine_kinds(profile)
    if profile.group in ("background", "ruled_out"):
        plan = [(rng.choice(routine), "routine") for _ in range(profile.n_notes)]
        if profile.group == "ruled_out":
            plan[rng.randrange(len(plan))] = (rng.choice(("derm", "wound", "pathology")), "ruled_out")
        return plan
    plan: list[tuple[str, str]] = []
    if profile.group == "koebner" or rng.random() < 0.5:
        plan.append((rng.choice(("dialysis", "primary", "nephrology")), "pre"))
    plan.append((rng.choice(("ed", "dialysis", "wound", "primary")), "onset"))
    plan.append((rng.choice(("pathology", "derm")), "dx"))
    followups = ("wound", "wound", "discharge", "telephone", "dialysis", "nephrology", "derm")
    while len(plan) < profile.n_notes:
        plan.append((rng.choice(followups), "follow"))
    return plan[: max(profile.n_notes, 3)]


def _routine_kinds(profile: PatientProfile) -> list[str]:
    kinds = ["ed", "telephone", "discharge", "primary"]
    if profile.dialysis != "none":
        kinds += ["dialysis", "dialysis", "dialysis", "nephrology"]
    if profile.diabetes:
        kinds += ["primary", "podiatry"]
    if profile.other_wound:
        kinds += ["wound", "wound", "podiatry", "pathology"]
    return kinds


def note_dates(profile: PatientProfile, plan: list[tuple[str, str]],
               rng: random.Random) -> list[date]:
    """Dates of the planned notes from the patient's first date: 1-45 days apart, 25-120 before the onset note."""
    dates, day = [], profile.first_date
    for i, (_, role) in enumerate(plan):
        if i:
            day += timedelta(days=rng.randint(25, 120) if role == "onset" else rng.randint(1, 45))
        dates.append(day)
    return dates


def _calci_word(rng: random.Random) -> str:
    """A word for calciphylaxis as notes write it, misspelled one time in ten."""
    if rng.random() < 0.1:
        return rng.choice(CALCI_MISSPELLINGS)
    return rng.choice(CALCI_NAMES)


def compose_note(kind: str, role: str, profile: PatientProfile, note_date: date,
                 onset: date | None, rng: random.Random, ctx: dict[str, str],
                 carried: list[tuple[str, bool]] | None) -> tuple[str, list[tuple[str, bool]]]:
    """Return the note text and its HPI sentences (for copy-forward into a later note)."""
    draft = Draft(kind)
    local = dict(ctx)
    local["side"] = rng.choice(("left", "right", "L", "R"))
    local["caller"] = rng.choice(SLOTS["caller"])
    if profile.lesion_site is not None:
        local["site"] = _site_text(profile.lesion_site)
    else:
        local["site"] = rng.choice(BACKGROUND_SITES)
    if carried and "hpi" in draft.sections and rng.random() < 0.35:
        for text, protected in carried:  # copy-forward: last note's history pasted verbatim
            draft.add("hpi", text, protected)
    _storyline(draft, role, profile, note_date, onset, rng, local)
    if role == "routine" and profile.other_wound and kind in ("wound", "podiatry", "primary"):
        draft.add("skin", fill(rng.choice(BACKGROUND_WOUNDS)[2], rng, local))
    if role in ("routine", "pre") and kind == "pathology":
        draft.add("dx", fill(rng.choice(BACKGROUND_PATHOLOGY_DX), rng, local))
    _pad(draft, rng, local)
    text = _render(draft, rng, note_date)
    return text, list(draft.sections.get("hpi", []))


def _storyline(draft: Draft, role: str, profile: PatientProfile, note_date: date,
               onset: date | None, rng: random.Random, ctx: dict[str, str]) -> None:
    group = profile.group

    def mention(templates: list[str], section: str) -> None:
        word = _calci_word(rng)
        draft.add(section, fill(rng.choice(templates), rng, {**ctx, "calci": word}), True)

    if role == "ruled_out":
        mention(CALCI_NEGATED, "ap")
        return
    if role == "pre" and profile.trauma is not None and profile.trauma_site is not None:
        start = note_date - timedelta(days=rng.randint(30, 200))
        clause = fill(profile.trauma.clause, rng, {**ctx, "site": _site_text(profile.trauma_site)})
        draft.add("hpi", f"{ctx['pronoun_s'].capitalize()} {clause} since "
                  f"{MONTHS[start.month - 1]} {start.year}.", True)
        return
    if role == "onset" and onset is not None:
        weeks = max(1, (note_date - onset).days // 7)
        lesion = rng.choice(LESION_PHRASES)
        draft.add("hpi", f"{ctx['pronoun_s'].capitalize()} noted a {lesion} on the {ctx['site']} "
                  f"x {weeks} wks, pain {rng.randint(6, 10)}/10.", True)
        if group == "koebner" and profile.trauma is not None:
            clause = fill(profile.trauma.clause, rng, ctx)
            draft.add("hpi", f"This is the area where {ctx['pronoun_s']} {clause}.", True)
        draft.add("exam", f"Skin: {ctx['site']} with {fill('{cm} x {cm}', rng, ctx)} cm {lesion}.",
                  True)
        if group == "possible" or rng.random() < 0.5:
            mention(CALCI_UNCERTAIN, "ap")
        return
    if role == "dx":
        if draft.kind == "pathology":
            draft.add("clinical", f"Painful {rng.choice(LESION_PHRASES)} of the {ctx['site']}.", True)
            if group == "possible":
                draft.add("dx", f"Skin, {ctx['site']}, punch biopsy: dermal fibrosis and fat "
                          "necrosis; vascular calcification not identified. See comment.", True)
                mention(CALCI_UNCERTAIN, "dx")
            else:
                draft.add("micro", CALCI_PATHOLOGY_MICRO, True)
                word = _calci_word(rng)
                draft.add("dx", f"Skin, {ctx['site']}, punch biopsy: consistent with {word}.", True)
        else:
            mention(CALCI_UNCERTAIN if group == "possible" else CALCI_AFFIRMED, "ap")
        return
    if role == "follow" and rng.random() < 0.6:
        mention(CALCI_UNCERTAIN if group == "possible" else CALCI_AFFIRMED, "ap")


def _pad(draft: Draft, rng: random.Random, ctx: dict[str, str]) -> None:
    """Add filler until the note reaches its drawn length, without repeating a template."""
    target = TARGET_LENGTH[draft.kind] * rng.uniform(0.7, 1.3)
    queues = {s: rng.sample(PADDING[s], len(PADDING[s])) for s in draft.sections if PADDING[s]}
    for section, queue in queues.items():  # every section gets at least one line
        draft.add(section, fill(queue.pop(), rng, ctx))
    open_sections = [s for s, q in queues.items() if q or s in LIST_SECTIONS]
    while draft.size < target and open_sections:
        section = rng.choice(open_sections)
        queue = queues[section]
        if section in LIST_SECTIONS:  # list items are slot draws, so they may repeat in kind
            draft.add(section, fill(PADDING[section][0], rng, ctx))
            if len(draft.sections[section]) >= 12:
                open_sections.remove(section)
            continue
        draft.add(section, fill(queue.pop(), rng, ctx))
        if not queue:
            open_sections.remove(section)


def _render(draft: Draft, rng: random.Random, note_date: date) -> str:
    abbreviation_rate = rng.choice((0.0, 0.3, 0.8))
    n_typos = rng.choice((0, 0, 1, 1, 2, 3))
    lines = [rng.choice((NOTE_TYPES[draft.kind], NOTE_TYPES[draft.kind].upper())),
             f"Date of service: {note_date:%m/%d/%Y}", ""]
    unprotected: list[list[str]] = []
    blocks: list[tuple[str, list[list[str]], bool]] = []
    for section, sentences in draft.sections.items():
        if not sentences:
            continue
        parts = []
        for text, protected in sentences:
            cell = [text]
            if not protected:
                cell[0] = noise.spacing(noise.abbreviate(text, rng, abbreviation_rate), rng)
                unprotected.append(cell)
            parts.append(cell)
        blocks.append((rng.choice(HEADERS[section]), parts, section in LIST_SECTIONS))
    for _ in range(n_typos):
        if unprotected:
            cell = unprotected[rng.randrange(len(unprotected))]
            cell[0] = noise.typo(cell[0], rng)
    for header, parts, as_list in blocks:
        if as_list:
            lines.append(header)
            lines.extend(f"- {cell[0]}" for cell in parts)
        else:
            lines.append(f"{header} " + " ".join(cell[0] for cell in parts))
        lines.append("")
    text = "\n".join(lines).rstrip() + "\n"
    if rng.random() < 0.03:  # some legacy systems store notes in capitals
        text = text.upper()
    return text
