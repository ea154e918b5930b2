"""The patient's traumas: which count, where they were, and when they began.

A trauma's date is its stated date, or that of the same exposure stated elsewhere (same note,
same wording, or, for repeated exposure such as daily insulin or chronic leaning, its stated
start), or, for a self-injected therapy, the date a note gives for the start of that therapy.
"""
from __future__ import annotations

from collections.abc import Callable

from .config import LinkerConfig
from .dates import earliest
from .exposure import is_repeated
from .narrative import denies_trauma_site
from .sites import Site, sites_meet
from .timeline import EventMention, PatientTimeline, therapies_named

ACCIDENTAL = "accidental"  # the trauma type whose injuries one accident leaves together


def affirmed_traumas(timeline: PatientTimeline, config: LinkerConfig) -> list[EventMention]:
    """Affirmed traumas (a trauma is never historical just for preceding the lesion, so
    historical ones count), marks given the type of the trauma that made them, and no site
    for a trauma its sentence sets apart from the lesion ("sparing her injection sites")."""
    traumas = [e for e in timeline.events if e.label == "TRAUMA" and e.affirmed]
    unplaced = {id(t) for t in traumas if not t.sites}  # their sentence gives them no site
    for trauma in traumas:
        if denies_trauma_site(trauma, timeline, config) or _time_frame(trauma, traumas, timeline, config):
            trauma.sites = []
    _adopt_cause(traumas, timeline, config)
    for trauma in traumas:
        limb = limb_on_object(trauma, timeline, config)
        if limb is not None:
            trauma.sites = [limb]
        elif id(trauma) in unplaced:
            trauma.sites = worn_on(trauma, config)
    _carry_trauma_sides(traumas)
    return traumas


def _time_frame(trauma: EventMention, traumas: list[EventMention], timeline: PatientTimeline,
                config: LinkerConfig) -> bool:
    """Is the procedure only the time frame of another trauma of its sentence, at that trauma's
    place ("a burn on the posterior thigh during surgery")? Then the place is not its own."""
    pattern = config.time_frame_before
    if pattern is None or trauma.trauma_type != "procedure" or not trauma.sites:
        return False
    note = timeline.note(trauma.note_id)
    start, _ = note.sentences[trauma.sentence]
    if not pattern.search(note.text[start:trauma.start]):
        return False
    return any(o is not trauma and o.note_id == trauma.note_id and o.sentence == trauma.sentence
               and set(trauma.sites) <= set(o.sites) for o in traumas)


# words that lead from a limb to the object it rests on ("elbows on the desk")
_LIMB_TO_OBJECT = frozenset({"on", "onto", "upon", "against", "over", "across", "in", "into", "at", "under", "/"})
# and the verbs of a limb that rests or is pressed on something ("his left calf resting against the bar")
_LIMB_RESTING = frozenset({"resting", "rests", "rested", "pressed", "pressing", "presses", "jammed", "wedged",
                           "propped", "leaning", "leans", "leaned"})


def limb_on_object(trauma: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> Site | None:
    """"props her left forearm on the chair armrest": a limb pressed on an object, with no body
    site after it, is itself the pressed skin (the case series' elbows on the thighs put the
    site after the limb instead). A device named for a limb ("the strap of her knee brace") is
    no limb: it presses where its sentence places it, when it does."""
    exposure = config.exposure
    if trauma.trauma_type != "pressure":
        return None
    words = trauma.text.lower().replace("/", " / ").split()
    at = next((i for i in reversed(range(len(words))) if words[i] in exposure.limb_regions), None)
    if at is None:
        return None
    limb = words[at]
    if trauma.sites and at + 1 < len(words) and words[at + 1] not in _LIMB_TO_OBJECT | _LIMB_RESTING:
        return None  # "knee brace", "arm sling": a device named for the limb, placed by its sentence
    note = timeline.note(trauma.note_id)
    _, sentence_end = note.sentences[trauma.sentence]
    reach = min(sentence_end, trauma.end + exposure.limb_window_chars)
    if any(trauma.end <= start < reach for start in timeline.site_starts.get(trauma.note_id, [])):
        return None
    side = _side_named(words, config)
    plural = limb == "feet" or (limb.endswith("s") and limb[:-1] in exposure.limb_regions)
    if side is None and plural:
        side = "bilateral"  # "rests her elbows on the desk": both (guidelines 6)
    return Site(exposure.limb_regions[limb], side)


def worn_on(trauma: EventMention, config: LinkerConfig) -> list[Site]:
    """"has worn tight new work boots every shift": a pressure trauma naming a thing worn on one
    body part presses that part (and a thermal one, "frozen socks", chills it), when nothing in
    its sentence placed it (the caller asks only then). The side is the one its own words give
    ("her left boot"), else unstated."""
    if trauma.trauma_type not in ("pressure", "thermal"):
        return []
    region = next((region for pattern, region in config.exposure.worn_on if pattern.search(trauma.text)), None)
    return [Site(region, _side_named(trauma.text.lower().split(), config))] if region else []


def _side_named(words: list[str], config: LinkerConfig) -> str | None:
    """The side a trauma's own words name ("her left boot", "L elbow on the desk"), if any."""
    sides = config.exposure.limb_sides
    return next((sides[w] for w in words if w in sides), None)


def _carry_trauma_sides(traumas: list[EventMention]) -> None:
    """A trauma written without a side ("struck his leg") takes the one side its note states for
    traumas of the same kind in that region ("LLE medial calf: abrasion"): one note tells one
    injury. A trauma of another kind there (injections at the right knee beside ice on "that
    knee") says nothing of its side."""
    _carry_sides(traumas, lambda t, region: (t.note_id, region, t.trauma_type))


def _carry_sides(traumas: list[EventMention], key: Callable[[EventMention, str], tuple | None]) -> None:
    """Give each site without a side the one side stated at the same ``key(trauma, region)`` (None:
    the trauma takes part in neither the stating nor the carrying); two sides leave it open."""
    stated: dict[tuple, set[str]] = {}
    for t in traumas:
        for site in t.sites:
            k = key(t, site.region)
            if k is not None and site.laterality in ("left", "right"):
                stated.setdefault(k, set()).add(site.laterality)
    for t in traumas:
        carried = []
        for site in t.sites:
            k = key(t, site.region)
            sides = stated.get(k, set()) if k is not None else set()
            if site.laterality is None and len(sides) == 1:
                site = Site(site.region, next(iter(sides)))
            carried.append(site)
        t.sites = list(dict.fromkeys(carried))


def _adopt_cause(traumas: list[EventMention], timeline: PatientTimeline, config: LinkerConfig) -> None:
    """"bruises lower abd from SC shots": the bruise is the injections' mark, of their type."""
    for mark in traumas:
        if not config.mark_words.search(mark.text):
            continue
        text = timeline.note(mark.note_id).text
        for cause in traumas:
            if (cause is mark or cause.note_id != mark.note_id or cause.sentence != mark.sentence
                    or cause.start < mark.end or cause.trauma_type is None):
                continue
            if config.mark_caused_by.search(text[mark.end:cause.start]):
                mark.trauma_type, mark.agent = cause.trauma_type, cause.agent
                break


def _therapy_named_with(trauma: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """The one self-injected therapy named in an injection's sentence or the sentence before it,
    when the injection names no drug itself ("Her nephrologist began glargine on 4/2. She injects
    it into her right flank"); None when none or several are named."""
    if trauma.trauma_type != "injection":
        return None
    view = timeline.note(trauma.note_id)
    first = max(trauma.sentence - 1, 0)
    start, end = view.sentences[first][0], view.sentences[trauma.sentence][1]
    named = therapies_named(view.text[start:end], config)
    return named[0] if len(named) == 1 else None


def _one_accident(trauma: EventMention, dated: list[EventMention]) -> list[EventMention]:
    """The dated accident of the undated injury's own note when that note tells one accident
    only (one day): the bruise or skin tear an ED note finds is the fall's ("tripped over the
    hose on Sunday 4/2 ... Exam: 12 cm bruise over the R lateral thigh")."""
    if trauma.trauma_type != ACCIDENTAL:
        return []
    found = [d for d in dated if d.note_id == trauma.note_id and d.trauma_type == ACCIDENTAL
             and d.date.start <= trauma.first_seen]
    if len({d.date for d in found}) != 1:
        return []
    return found[:1]


def _sides_differ(traumas: list[EventMention]) -> bool:
    """Were these mentions of one exposure told on both sides (one left, one right)?"""
    return {"left", "right"} <= {s.laterality for e in traumas for s in e.sites}


def date_traumas(traumas: list[EventMention], timeline: PatientTimeline, config: LinkerConfig) -> None:
    """Give undated traumas the date of the same exposure stated elsewhere (never a later one);
    not the date of the same words told on the left once and on the right another time, when the
    undated mention names no side: it may be either."""
    dated = [t for t in traumas if t.date is not None and t.date_source == "stated"]
    for t in traumas:
        if t.date is not None:
            continue
        ongoing = is_repeated(t, config)
        same = []
        for d in dated:
            if d.trauma_type != t.trauma_type or not sites_meet(t.sites, d.sites) or d.date.start > t.first_seen:
                continue
            if d.note_id == t.note_id and d.sentence == t.sentence:
                same.append((d, "same sentence"))
            elif d.key == t.key:
                same.append((d, "same wording"))
            elif ongoing and (t.agent is None or d.agent in (None, t.agent)):
                same.append((d, "start of repeated exposure"))
        same += [(d, "same accident") for d in _one_accident(t, dated)]
        if _sides_differ([d for d, why in same if why == "same wording"]) and \
                not any(s.laterality in ("left", "right") for s in t.sites):
            # "a prior paracentesis site" after one on the right and one on the left: either
            same = [(d, why) for d, why in same if why != "same wording"]
        options = [(d.date, why) for d, why in same]
        therapy = t.agent if t.agent is not None else _therapy_named_with(t, timeline, config)
        if ongoing and therapy in timeline.therapy_starts:
            # daily insulin injections began when insulin therapy did ("on insulin since 2011"),
            # even where a later date sits beside them ("my lantus shots. it started 3/1")
            options += [(when, f"start of {therapy} therapy") for when in timeline.therapy_starts[therapy]
                        if when.start <= t.first_seen]
        if options:
            best = earliest([when for when, _ in options])
            t.date = best
            t.date_source = next(why for when, why in options if when == best)
    _carry_event_sides(traumas)


def _carry_event_sides(traumas: list[EventMention]) -> None:
    """A trauma written without a side ("PICC placed 3/2/21 through the right brachial vein (upper
    arm)") takes the one side other notes give the same event: the same words on the same day
    ("the PICC in his right arm (placed 3/2/21)"). Only a day tells one event; two sides leave
    it open."""
    _carry_sides(traumas, lambda t, region: (t.key, t.date, region)
                 if t.date is not None and t.date.precision == "day" else None)

