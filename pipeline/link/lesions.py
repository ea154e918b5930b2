"""Which lesions are the calciphylaxis episode's, where they are, and when they began.

A lesion counts when it is affirmed and current, and not a wound the notes attribute to another
cause. Its onset is the earliest stated onset of the lesions at its site; without one, the lesion
is only known to predate the first note that documents a lesion there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .config import LinkerConfig
from .dates import PartialDate, compare, earliest
from .narrative import denies_lesion_site
from .sites import Site, sides_compatible, sites_meet
from .timeline import EventMention, PatientTimeline


@dataclass(frozen=True)
class Onset:
    """When the lesions at one site began: the stated onset (None if never stated) and first documentation."""
    date: PartialDate | None  # stated onset, when any note states one
    documented: date  # first note date documenting a lesion at this site: onset is on or before
    # the first day a lesion here is known to have been there: its first documentation, or an
    # earlier dated biopsy, debridement or dressing of it ("punch biopsy of it on 5/10")
    present_by: date | None = None
    present_cue: str | None = None  # the care that shows it, when that is what dates present_by


def current_lesions(timeline: PatientTimeline, config: LinkerConfig) -> list[EventMention]:
    """Affirmed, current lesions of the calciphylaxis episode (and affirmed calciphylaxis
    mentions placed on the skin): not a venous, arterial, diabetic or pressure ulcer that the
    note attributes to something else, nor a lesion at the site of an injury a note calls no
    calciphylaxis ("the hip burn is a contact burn, not calciphylaxis"), nor a lesion the
    sentence places away from a trauma."""
    candidates = [e for e in timeline.events if e.label in config.lesion_labels and e.affirmed
                  and not e.historical and not past_episode(e, timeline, config)
                  and not skin_tumour(e, timeline, config) and not _pigment(e, timeline, config)
                  and not _injury_blister(e, timeline, config)]
    causes = {id(e): other_etiology(e, timeline, config) for e in candidates}
    attributed = [e for e in candidates if causes[id(e)]]
    # lipohypertrophic lumps are no wound: an ulcer among them is not theirs ("necrotic ulcer at
    # the insulin site ... lipohypertrophic lumps across the same quadrant")
    keeps_site = config.other_etiology.keeps_site
    wounds = [e for e in attributed if keeps_site is None or not keeps_site.search(causes[id(e)])]
    # an injury a note calls no calciphylaxis ("the hip burn is a contact burn, not calciphylaxis")
    # is the wound at its site, as an attributed lesion is
    denied = [e for e in timeline.events if e.label == "TRAUMA" and e.affirmed and e.sites
              and not e.historical and _says_not_calciphylaxis(e, timeline, config)]
    injuries = [e for e in denied if not past_episode(e, timeline, config)]
    # ... and one over by then ("the abdominal injection-site bruise was a hematoma, not
    # calciphylaxis, and has resolved") is still the verdict on a lesion noted there before it
    resolved = [e for e in denied if e not in injuries]
    lesions = [
        e for e in candidates
        if e not in attributed
        and not _same_wound(e, wounds + injuries + [r for r in resolved if r.first_seen > e.first_seen],
                            timeline, config)
        and not denies_lesion_site(e, timeline, config)
    ]
    if config.inherit_site_within_note:
        inherit_lesion_sites(lesions)
    _keep_confirmed_regions(lesions)
    carry_lesion_sides(lesions)
    return lesions


def _same_wound(lesion: EventMention, other_wounds: list[EventMention], timeline: PatientTimeline,
                config: LinkerConfig) -> bool:
    """A lesion at a site where the same or an earlier note attributes a lesion (or an injury: a
    burn called no calciphylaxis) to another cause is that wound ("blister on the L heel" beside
    "neuropathic ulcer L heel from boot friction", "heel wound improving" a month later), unless
    its own sentence names calciphylaxis; so is one at a site where a later note says the wound
    is not calciphylaxis."""
    if lesion.label != "LESION" or not lesion.sites:
        return False
    if config.calciphylaxis_words.search(_clause_of(lesion, timeline)) and not _only_asked(lesion, timeline):
        return False
    return any(any(s.region == o.region and sides_compatible(s.laterality, o.laterality)
                   for s in lesion.sites for o in other.sites)
               for other in other_wounds
               if other.first_seen <= lesion.first_seen or _says_not_calciphylaxis(other, timeline, config))


def _only_asked(lesion: EventMention, timeline: PatientTimeline) -> bool:
    """Whether the disease the lesion's sentence names is only asked about or doubted there
    ("new L forearm wounds (? new calciphylaxis)"): then the sentence does not make the lesion
    the disease's."""
    named = [e for e in timeline.events if e.label == "CALCIPHYLAXIS" and e.note_id == lesion.note_id
             and e.sentence == lesion.sentence]
    return bool(named) and all(e.uncertain and not e.negated for e in named)


def _clause_of(lesion: EventMention, timeline: PatientTimeline) -> str:
    """The part of the lesion's sentence between semicolons ("breast lesions concerning for
    calciphylaxis; hand + heel wounds look like phlebitis": the wounds' part names none)."""
    note = timeline.note(lesion.note_id)
    start, end = note.sentences[lesion.sentence]
    left = note.text.rfind(";", start, lesion.start)
    right = note.text.find(";", lesion.end, end)
    return note.text[left + 1 if left >= 0 else start:right if right >= 0 else end]


def _says_not_calciphylaxis(lesion: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> bool:
    """Is the lesion's own sentence (or the next, pointing back at it) the statement that it is
    not calciphylaxis? Such a statement looks back on the wound at its site, however early a note
    first described it."""
    note = timeline.note(lesion.note_id)
    start, end = note.sentences[lesion.sentence]
    return (_not_calciphylaxis(lesion, note.text, start, end, config) is not None
            or _denied_next(lesion, timeline, config) is not None
            or _denied_by_heading(lesion, timeline, config) is not None)


def _denied_next(lesion: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """"Tense bulla with dusky crust. This is an extravasation injury, not calciphylaxis.": the
    denial of the next sentence, when that sentence points back at the lesions before it
    (``refers_back``) and names no lesion (a denied one aside: "no purpura") and no calciphylaxis
    of its own. A sentence that points at two things ("Both look like ordinary healing ...",
    ``refers_back_both``) speaks of the two sentences before it when each names a lesion."""
    etiology = config.other_etiology
    if etiology.refers_back is None or etiology.not_calciphylaxis is None:
        return None
    note = timeline.note(lesion.note_id)

    def lesions_in(index: int) -> list[EventMention]:
        """The sentence's own lesions, a denied one aside."""
        return [e for e in timeline.events if e.note_id == lesion.note_id and e.sentence == index
                and e.label in config.lesion_labels and e.label != "CALCIPHYLAXIS" and not e.negated]

    def one_item(index: int) -> bool:
        """The sentence tells of one thing: its lesions lie in one region, and it names no
        calciphylaxis (which a following "both" or "neither" would not deny)."""
        start, end = note.sentences[index]
        regions = {s.region for e in lesions_in(index) for s in e.sites}
        return len(regions) == 1 and not config.calciphylaxis_words.search(note.text[start:end])

    index = lesion.sentence + 1
    if index >= len(note.sentences):
        return None
    start, end = note.sentences[index]
    if (not etiology.refers_back.match(note.text, start) and index + 1 < len(note.sentences)
            and not lesions_in(index) and not config.calciphylaxis_words.search(note.text[start:end])
            and not any(start <= site < end for site in timeline.site_starts.get(note.note_id, []))
            and etiology.refers_back.match(note.text, note.sentences[index + 1][0])):
        # "Soft swelling at the injection site. A local reaction to the flu shot. Not
        # calciphylaxis.": a sentence naming the other cause, without a lesion word or a place
        # of its own (which would make it another item), stands between the lesion and the bare
        # verdict on it
        index += 1
        start, end = note.sentences[index]
    if not etiology.refers_back.match(note.text, start):
        if etiology.refers_back_both is None or index + 1 >= len(note.sentences) \
                or not (one_item(lesion.sentence) and one_item(index)):
            return None
        index += 1  # "Chest: crust at the sternotomy. R arm: crust at the IV site. Both look ..."
        start, end = note.sentences[index]
        if not etiology.refers_back_both.match(note.text, start):
            return None
    if lesions_in(index):
        return None  # the next sentence's own lesion is what it speaks of
    match = etiology.not_calciphylaxis.search(note.text, start, end)
    if match is None:
        return None
    if config.calciphylaxis_words.search(note.text[start:match.start()] + note.text[match.end():end]):
        return None
    return " ".join(match.group(0).split())


def inherit_lesion_sites(lesions: list[EventMention]) -> None:
    """A lesion written without a site ("the lesion began 2 weeks ago") is at the site of the
    lesions of its sentence, or of its note when all that note's lesions share one region."""
    by_sentence: dict[tuple[str, int], set[Site]] = {}
    by_note: dict[str, set[Site]] = {}
    for e in lesions:
        for s in e.sites:
            by_sentence.setdefault((e.note_id, e.sentence), set()).add(s)
            by_note.setdefault(e.note_id, set()).add(s)
    for e in lesions:
        if e.sites:
            continue
        found = by_sentence.get((e.note_id, e.sentence)) or set()
        if not found:
            note_sites = by_note.get(e.note_id) or set()
            if len({s.region for s in note_sites}) == 1:
                found = note_sites
        if found:
            e.sites = sorted(found, key=lambda s: (s.region, s.laterality or ""))
            e.site_inherited = True


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


def past_episode(lesion: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> bool:
    """A lesion of an earlier, ended episode ("PMH: calciphylaxis of the thigh in 2014, healed")."""
    if lesion.section in config.past_sections:
        return True
    note = timeline.note(lesion.note_id)
    start, end = note.sentences[lesion.sentence]
    if config.past_modifiers.search(note.text[max(start, lesion.start - 30):lesion.start]):
        return True
    if config.healed_after.search(note.text[lesion.end:end]):
        return True  # "that wound healed uneventfully"
    # "calciphylaxis of the R thigh in 2014, treated with STS, healed": the ending follows it
    if _ended_after(lesion, min(end, lesion.end + 120), timeline, config):
        return True
    # a lesion dated long before its note ("in the spring of 2019 she developed ulcers ...; these
    # ... had fully healed by early 2020") ended when its sentence says so, however far on
    lead = config.max_onset_lead_days
    if lesion.date is not None and lead is not None and (note.note_date - lesion.date.end).days > lead:
        return _ended_after(lesion, end, timeline, config)
    return False


_RELATIVE_CLAUSE = re.compile(r"[\W_]*(?:which|that|who)\b", re.IGNORECASE)
_SET_APART = re.compile(r"\b(?:unlike|different|distinct|separate|apart|other than|rather than)\b", re.IGNORECASE)


def _ended_after(lesion: EventMention, end: int, timeline: PatientTimeline, config: LinkerConfig) -> bool:
    """Whether words after the lesion, up to ``end``, say it ended: not a relative clause of an
    event the lesion is set apart from between them ("new plaque x 3 wks, unlike the scrape,
    which had healed by May": the scrape healed; but "ulcers at her insulin sites, which healed
    by 2018": the ulcers did)."""
    note = timeline.note(lesion.note_id)
    for cue in config.past_cues.finditer(note.text, lesion.end, end):
        if not any(e.note_id == lesion.note_id and lesion.end <= e.start and e.end <= cue.start()
                   and _SET_APART.search(note.text, lesion.end, e.start)
                   and _RELATIVE_CLAUSE.match(note.text, e.end, cue.end()) for e in timeline.events):
            return True
    return False


def _denied_by_heading(event: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """"Skin findings elsewhere, which are not calciphylaxis:\n- abdomen: ecchymoses at the
    shot sites\n- sacrum: ...": the heading's denial, for an event in one of the bulleted or
    numbered items under it (an item may wrap onto indented lines), when neither the heading
    beside its denial nor the event's item names calciphylaxis."""
    etiology = config.other_etiology
    if etiology.list_items is None or etiology.not_calciphylaxis is None:
        return None
    text = timeline.note(event.note_id).text
    own_item = heading = None
    for start, line in _lines_upward(text, event.start):
        if etiology.list_items.match(line):
            own_item = start if own_item is None else own_item
        elif not (line[:1] in (" ", "\t") and line.strip()):
            heading = line.rstrip()  # neither an item nor a wrapped line of one
            break
    if own_item is None or heading is None or not heading.endswith(":"):
        return None
    match = etiology.not_calciphylaxis.search(heading)
    if match is None:
        return None
    item_end = text.find("\n", event.end)
    while item_end >= 0 and text[item_end + 1:item_end + 2] in (" ", "\t") \
            and not etiology.list_items.match(text, item_end + 1):
        item_end = text.find("\n", item_end + 1)  # the item's wrapped lines
    item = text[own_item:item_end if item_end >= 0 else len(text)]
    if config.calciphylaxis_words.search(f"{heading[:match.start()]} {heading[match.end():]}\n{item}"):
        return None
    return " ".join(match.group(0).split())


def _lines_upward(text: str, position: int):
    """``(start, line)`` of the line holding ``position``, then of each line above it."""
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    while True:
        start = text.rfind("\n", 0, end) + 1
        yield start, text[start:end]
        if start == 0:
            return
        end = start - 1


def other_etiology(lesion: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """The words that attribute a LESION to another cause ("venous stasis ulcer", "ulcer 2/2
    PAD", "stage 3 pressure injury"), unless its sentence names calciphylaxis."""
    if lesion.label != "LESION":
        return None
    note = timeline.note(lesion.note_id)
    start, end = note.sentences[lesion.sentence]
    sentence = note.text[start:end]
    denial = (_not_calciphylaxis(lesion, note.text, start, end, config) or _denied_next(lesion, timeline, config)
              or _denied_by_heading(lesion, timeline, config))
    if denial is not None:
        return denial
    look_alike = _look_alike(lesion, timeline, config)
    if look_alike is not None:
        return look_alike
    if config.calciphylaxis_words.search(sentence):
        return None
    # the attribution must be the lesion's own: a modifier covering its words, or a cause
    # stated right after it
    etiology = config.other_etiology
    for match in etiology.modifiers.finditer(note.text, max(start, lesion.start - 30), min(end, lesion.end + 30)):
        if match.start() < lesion.end and match.end() > lesion.start:
            return " ".join(match.group(0).split())
    match = etiology.causes.search(note.text[lesion.end:min(end, lesion.end + 60)])
    return " ".join(match.group(0).split()) if match else None


def _look_alike(lesion: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """"...; the other wounds are look-alikes at sites of pressure": the words right after the
    lesion calling it a look-alike or mimic, when its part of the sentence (between semicolons)
    names calciphylaxis nowhere else."""
    pattern = config.other_etiology.look_alikes
    if pattern is None:
        return None
    note = timeline.note(lesion.note_id)
    match = pattern.match(note.text[lesion.end:lesion.end + 60])
    if match is None or config.calciphylaxis_words.search(_clause_of(lesion, timeline)):
        return None
    return " ".join(match.group(0).split())


def _not_calciphylaxis(lesion: EventMention, text: str, start: int, end: int,
                       config: LinkerConfig) -> str | None:
    """"The shin ulcer is a traumatic wound; it is not calciphylaxis": the words, when they follow
    the lesion in its sentence and the sentence names calciphylaxis nowhere else."""
    pattern = config.other_etiology.not_calciphylaxis
    match = pattern.search(text, lesion.end, end) if pattern is not None else None
    if match is None:
        return None
    rest = text[start:match.start()] + text[match.end():end]  # the sentence, less the denial
    if config.calciphylaxis_words.search(rest):
        return None
    return " ".join(match.group(0).split())


# the words between blisters and the thing that raised them ("blisters from the tight shoes")
_MADE_BY = re.compile(r"\s+(?:from|caused by|due to)\s+(?:(?:the|his|her|their|a|an|new|tight|stiff)\s+)*",
                      re.IGNORECASE)


def _injury_blister(lesion: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> bool:
    """Blisters named by the rub or adhesive that raised them ("friction blisters over both heels",
    "the tape blisters"), or told after a rub or adhesive in its sentence ("removing the tape tore
    the skin and raised two tension blisters"), or told in the sentence of an affirmed burn or
    scald, named as such ("superficial partial-thickness scald of the L forearm with two intact
    blisters"), or in the sentence after it at the burn's place ("... contact burn of the R shin.
    R shin: one small intact blister at the margin"): the injury's own, not a lesion of the
    calciphylaxis episode, unless the sentence names calciphylaxis."""
    pattern, burns = config.other_etiology.injury_blisters, config.other_etiology.burn_injuries
    if pattern is None or burns is None or lesion.label != "LESION" or not pattern.match(lesion.text):
        return False
    rubs = config.other_etiology.rub_injuries
    note = timeline.note(lesion.note_id)
    # the note's affirmed traumas, each with whether a rub or adhesive names it (tested once)
    traumas = [(e, rubs is not None and rubs.search(e.text.strip()) is not None)
               for e in timeline.events
               if e.label == "TRAUMA" and e.affirmed and e.note_id == lesion.note_id]

    def raised_it(e: EventMention, rubbed: bool) -> bool:
        # "friction blisters over both heels", "the ankle blisters from the tight shoes", "the tape
        # blisters": a rub, knock or adhesive named as the blisters' maker (not heat, whose blister
        # may be the lesion's first sign)
        if e.sentence != lesion.sentence or (not rubbed and e.trauma_type not in ("pressure", "accidental")):
            return False
        if rubbed and 0 <= lesion.start - e.end <= 1:
            return True
        return e.start >= lesion.end and _MADE_BY.fullmatch(note.text[lesion.end:e.start]) is not None

    if any(raised_it(e, rubbed) for e, rubbed in traumas):
        return True

    def burn(e: EventMention, rubbed: bool) -> bool:
        if rubbed and e.sentence == lesion.sentence and e.end <= lesion.start:
            return True  # "removing the tape tore the skin and raised two tension blisters"
        if e.trauma_type != "thermal" or not burns.search(e.text):
            return False  # not a burn: heat put on the skin may raise a blister that is the lesion
        return e.sentence == lesion.sentence or (
            e.sentence == lesion.sentence - 1 and bool(e.sites) and sites_meet(e.sites, lesion.sites))

    if not any(burn(e, rubbed) for e, rubbed in traumas):
        return False
    return not config.calciphylaxis_words.search(timeline.note(lesion.note_id).sentence_text(lesion.sentence))


def _pigment(lesion: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> bool:
    """Brown pigment ("reticulated brown discoloration" under a heating pad) or pink mottling
    (erythema, "faint pink mottling" under it): no lesion of the episode, and, unlike another
    cause's ulcer, no wound that later lesions at its site belong to."""
    pattern = config.other_etiology.pigment
    if pattern is None:
        return False
    note = timeline.note(lesion.note_id)
    start, end = note.sentences[lesion.sentence]
    if lesion.label != "LESION" or config.calciphylaxis_words.search(note.text[start:end]):
        return False
    return any(m.start() < lesion.end and m.end() > lesion.start for m in pattern.finditer(
        note.text, max(start, lesion.start - 30), min(end, lesion.end + 30)))


def skin_tumour(lesion: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """The tumour a generic lesion word stands for in a note about a skin tumour that names no
    calciphylaxis ("a 5 mm lesion ... excised" under "Indication: r/o dysplastic nevus"). The
    tumour is removed, not a wound left behind: unlike another cause's ulcer, it does not make
    later lesions at its site the same wound."""
    etiology = config.other_etiology
    if lesion.label != "LESION" or not etiology.generic_lesion.match(lesion.text.strip()):
        return None
    text = timeline.note(lesion.note_id).text
    if config.calciphylaxis_words.search(text):
        return None
    match = etiology.tumours.search(text)
    return " ".join(match.group(0).split()) if match else None


def carry_lesion_sides(lesions: list[EventMention]) -> None:
    """A lesion written without a side ("calf ulcer") takes the one side stated for the
    patient's lesions in that region ("L medial calf"): "either side unstated" holds only when
    no side is ever stated there. Regions with lesions on both sides keep the unsided mention
    unsided."""
    sides: dict[str, set[str]] = {}
    for e in lesions:
        for s in e.sites:
            if s.laterality:
                sides.setdefault(s.region, set()).add(s.laterality)
    for e in lesions:
        if not any(s.laterality is None for s in e.sites):
            continue
        carried = []
        for s in e.sites:
            stated = sides.get(s.region, set())
            if s.laterality is None and len(stated) == 1:
                s = Site(s.region, next(iter(stated)))
            carried.append(s)
        e.sites = list(dict.fromkeys(carried))


def _same_place(a: Site, b: Site) -> bool:
    """Does a lesion statement at ``b`` tell the onset of the lesion at ``a``?"""
    if a.region != b.region:
        return False
    if a.laterality in (None, "bilateral"):
        return True  # a lesion on both sides began where either side's did
    # a lesion on one side takes its onset from that side, bilateral or unsided statements
    return b.laterality in (None, a.laterality, "bilateral")


def _exam_of_a_known_lesion(lesion: EventMention, documented: date) -> bool:
    """A lesion dated the very day of its own later note ("exam today: plaque ...") when a lesion
    was already documented at that place: the date is the exam's, not when the lesion began."""
    when = lesion.date
    return (when.day is not None and when.start == lesion.first_seen
            and lesion.first_seen > documented)


def lesion_onset(site: Site, lesions: list[EventMention], config: LinkerConfig,
                 traumas: list[EventMention] = ()) -> Onset:
    """The onset of the lesions at ``site``: the earliest stated date, the first note documenting
    one, and the first day one is known to have been there (:func:`_present_by`, from ``traumas``).

    Stated dates longer than ``config.max_onset_lead_days`` before the first documentation, from
    the exam of an already known lesion, or wholly after the first documentation (a later change:
    "the plaque broke down into an ulcer on 4/2") are ignored. ``site`` must be a site of one of
    ``lesions``.
    """
    here = [e for e in lesions if any(_same_place(site, s) for s in e.sites)]
    documented = min(e.first_seen for e in here)
    if config.onset_from_unplaced_lesions:
        here += _unplaced_onsets(site, lesions, traumas)
    # calciphylaxis lesions are documented within weeks of appearing: an onset stated years
    # before the first note describing the lesion dates something else ("on HD since 2017")
    lead = config.max_onset_lead_days
    stated = earliest([
        e.date for e in here
        if e.date is not None and not _exam_of_a_known_lesion(e, documented)
        and e.date.start <= documented
        and (lead is None or (documented - e.date.end).days <= lead)
    ])
    present_by, cue = _present_by(site, stated, documented, traumas, lesions, config)
    return Onset(stated, documented, present_by, cue)


def _unplaced_onsets(site: Site, lesions: list[EventMention], traumas: list[EventMention]
                     ) -> list[EventMention]:
    """Dated lesions with no place of their own ("the painful spot came up on Easter Monday") that
    tell when the lesion at ``site`` began: only when every placed lesion of the patient lies in
    its region, and only dates after every dated trauma there. Such a lesion is the site's by
    elimination, not by its words: it makes the onset more precise, but it is no evidence to
    set the lesion before or on the day of a trauma (it may be the injury's own wound)."""
    if {s.region for e in lesions for s in e.sites} != {site.region}:
        return []
    trauma_ends = [t.date.end for t in traumas
                   if t.date is not None and any(_same_place(site, s) for s in t.sites)]
    if not trauma_ends:
        return []
    latest = max(trauma_ends)
    return [e for e in lesions if not e.sites and e.date is not None and e.date.start > latest]


def _present_by(site: Site, stated: PartialDate | None, documented: date, traumas: list[EventMention],
                lesions: list[EventMention], config: LinkerConfig) -> tuple[date, str | None]:
    """The first day a lesion at ``site`` is known to have been there: the first note documenting
    it, or the day of an earlier biopsy, debridement or dressing of it that a later note reports
    ("her dermatologist did a punch biopsy of it on 5/10"). Care named before the lesion was
    documented, or dated before its stated onset, may be what caused it and shows nothing. Care
    without a place of its own is of this site's lesion when its note's lesions lie here only."""
    present, cue = documented, None
    noted: dict[str, set[Site]] = {}
    for e in lesions:
        noted.setdefault(e.note_id, set()).update(e.sites)
    for t in traumas:
        when = t.date
        if when is None or when.day is None or when.start >= present or t.first_seen < documented:
            continue
        if t.care is None and not config.care.kinds.search(t.text):
            continue
        if stated is not None and compare(when, stated) == "before":
            continue
        places = t.sites or noted.get(t.note_id, set())
        if t.sites or {s.region for s in places} == {site.region}:
            if any(_same_place(site, s) for s in places):
                present, cue = when.start, f"{t.text.strip()} {when}"
    return present, cue
