"""What the words around a trauma and a lesion say about the two together.

Three readings, each from the text *between* the two mentions so that a phrase ties, orders or
denies only the mentions it stands between:
- a tie: the note places the lesion at the trauma ("ulcer at her insulin injection sites",
  "where she rests her elbows"), or at what a procedure left behind (an incision, a stoma, a
  stump) when the trauma is that procedure;
- the order the narrative tells when dates are missing ("3 weeks after the ice packs", "then
  developed", "was complicated by", "post-op");
- care: the trauma is treatment of the lesion (ice to the ulcer, biopsy of the plaque, eschar
  debrided), which never caused it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .config import LinkerConfig
from .sites import sites_meet
from .timeline import EventMention, NoteView, PatientTimeline


@dataclass(frozen=True)
class PairReading:
    """What the words of a note say about a trauma and a lesion together; each field None when unsaid."""
    tie: str | None = None  # the words that tie the lesion to the trauma
    denial: str | None = None  # the words that say the lesion is not at the trauma
    order: str | None = None  # "before" / "after": the trauma relative to the lesion, from words
    order_cue: str | None = None
    care: str | None = None  # the words that make the trauma care of the lesion


def _same_note_span(a: EventMention, b: EventMention, timeline: PatientTimeline) -> tuple[str, bool] | None:
    """The text between two mentions of one note, and whether ``a`` is written first; None when
    they are in different notes."""
    if a.note_id != b.note_id:
        return None
    note = timeline.note(a.note_id)
    first, second = (a, b) if a.start <= b.start else (b, a)
    return note.text[first.end:max(second.start, first.end)], first is a


def _words(match) -> str:
    return " ".join(match.group(0).split())


def product_tie(trauma: EventMention, lesion: EventMention, timeline: PatientTimeline,
                config: LinkerConfig) -> str | None:
    """The lesion's sentence places it at an incision, stoma or stump, and the trauma is the
    procedure that leaves one ("ulcer superior to the stapled incision" after a laparotomy),
    documented no later than the lesion; not when the words after it give the scar to an injury
    ("within the scar of the scrape")."""
    if trauma.trauma_type != "procedure" or trauma.first_seen > lesion.first_seen:
        return None
    note = timeline.note(lesion.note_id)
    sentence = note.sentence_text(lesion.sentence)
    at_product = config.narrative.lesion_at_product.search(sentence)
    if at_product is None or _measured_away(sentence, at_product.start(), config):
        return None
    for product, procedure in config.narrative.procedure_products:
        if product.search(at_product.group(0)) and procedure.search(trauma.text):
            return None if _scar_of_an_injury(note, lesion, sentence, at_product.end(), timeline) \
                else _words(at_product)
    return None


def _measured_away(sentence: str, start: int, config: LinkerConfig) -> bool:
    """Whether a measured distance ends right before the words placing the lesion at a product
    ("about 12 cm below the groin incision", "3 cm distal to the end of the scar"): then the lesion lies
    away from it."""
    away = config.narrative.product_measured_away
    return away is not None and away.search(sentence[max(0, start - 60):start]) is not None


def _scar_of_an_injury(note: NoteView, lesion: EventMention, sentence: str, after: int,
                       timeline: PatientTimeline) -> bool:
    """Whether the words right after the scar give it to an injury the note names ("within the
    scar of the scrape"): then it is no operation's."""
    maker = _MAKER.match(sentence, after)
    if maker is None:
        return False
    offset = note.sentences[lesion.sentence][0]
    low, high = offset + maker.start(1), offset + maker.end(1)
    return any(e.label == "TRAUMA" and e.trauma_type != "procedure" and e.note_id == note.note_id
               and low <= e.start < high for e in timeline.events)


# the words after a scar or incision that name what made it ("the scar of the scrape")
_MAKER = re.compile(r"\s+(?:of|from)\s+(?:the|his|her|their|that|an?)\s+((?:[\w-]+ ){0,2}[\w-]+)", re.IGNORECASE)


def read_pair(trauma: EventMention, lesion: EventMention, timeline: PatientTimeline,
              config: LinkerConfig) -> PairReading:
    """Tie, order and care as the note words them; an empty reading for mentions of different
    notes, or sentences further apart than the narrative settings allow."""
    span = _same_note_span(trauma, lesion, timeline)
    if span is None:
        return PairReading()
    between, trauma_first = span
    story = config.narrative
    apart = abs(trauma.sentence - lesion.sentence)
    if apart:
        if apart > story.max_sentences_apart:
            return PairReading()
        if not trauma_first:
            # "L posterior upper arm: necrotic plaque. These are where he has been getting his
            # heparin shots.": a sentence that opens by pointing back places the lesions before it
            return PairReading(tie=_points_back(trauma, timeline, config))
        # across sentences only the story's order counts: "She had a colostomy in May.
        # Subsequently a peristomal ulcer appeared."
        note = timeline.note(lesion.note_id)
        opening = note.text[note.sentences[lesion.sentence][0]:lesion.start]
        cue = story.sequel_openers.search(opening)
        return PairReading(order="before", order_cue=_words(cue)) if cue else PairReading()

    denial = config.tie_denials.search(between)
    if denial:
        return PairReading(denial=_words(denial))
    care = _care(trauma, lesion, between, trauma_first, config)
    if care:
        return PairReading(care=care, order="after", order_cue=care)
    tie = _tie(trauma, lesion, between, trauma_first, timeline, config)
    order, cue = _order(between, trauma_first, config)
    if order is None and trauma_first:
        # "a fresh bruise now sits right over the plaque that was already there"
        cue = _already_there(lesion, timeline, config)
        order = "after" if cue else None
    return PairReading(tie=tie, order=order, order_cue=cue)


def _points_back(trauma: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """The words opening the trauma's sentence that place the lesions of the sentences before it
    at the trauma ("These are where ...", "These are the heparin shot sites"), when the trauma
    follows them closely and the sentence names no lesion of its own; or a tie whose subject is
    left unsaid, right before the trauma ("Location: right thigh, arising at his enoxaparin
    injection sites"), with no other lesion or trauma before it in the sentence."""
    note = timeline.note(trauma.note_id)
    start, _ = note.sentences[trauma.sentence]
    sentence = note.sentence_text(trauma.sentence)
    if _mentioned(timeline, trauma.note_id, config.lesion_labels, start - 1, start + len(sentence)):
        return None  # "These are new plaques at the heparin sites": the sentence's own lesions
    gap = trauma.start - start
    story = config.narrative
    if story.points_back is not None:
        match = story.points_back.match(sentence)
        if (match is not None and 0 <= gap - match.end() <= config.tie_max_gap_chars
                and not any(c in ",;:" for c in sentence[match.end():gap])):
            # a comma or semicolon before the trauma: "Both are at his enoxaparin sites; trauma
            # from the injections ...", the first item
            return _words(match)
    if story.tie_opens_sentence is not None:
        match = story.tie_opens_sentence.match(sentence)
        if (match is not None and not sentence[match.end():gap].strip()
                and not _mentioned(timeline, trauma.note_id, ("TRAUMA",), start - 1, trauma.start)):
            words = match.group("tie") if "tie" in story.tie_opens_sentence.groupindex else match.group(0)
            return " ".join(words.split())
    return None


def _already_there(lesion: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """The words beside the lesion in its sentence that say it was there before ("the plaque
    that was already there", "the pre-existing ulcer"), or None."""
    story = config.narrative
    note = timeline.note(lesion.note_id)
    start, end = note.sentences[lesion.sentence]
    if story.lesion_already_there_after is not None:
        found = story.lesion_already_there_after.search(note.text[lesion.end:min(end, lesion.end + 60)])
        if found:
            return " ".join(f"{lesion.text}{found.group(0)}".split())
    if story.lesion_already_there_before is not None:
        found = story.lesion_already_there_before.search(note.text[max(start, lesion.start - 60):lesion.start])
        if found:
            return " ".join(f"{found.group(0)}{lesion.text}".split())
    return None


def _care(trauma: EventMention, lesion: EventMention, between: str, trauma_first: bool,
          config: LinkerConfig) -> str | None:
    care = config.care
    if trauma_first and care.acted_on.search(trauma.text + between):
        # the lesion is the trauma verb's object: "icing the left shin ulcer"
        return " ".join(f"{trauma.text}{between}{lesion.text}".split())
    if trauma_first:
        # "ice packs to the plaque", "punch biopsy of the ulcer", "debridement for eschar"
        pattern, words = care.applied_to, (trauma.text, between, lesion.text)
    else:
        # "the eschar was debrided with", "ulcer treated with ice"; or the trauma is the verb
        # itself, after the lesion's place: "large eschar on the L thigh debrided at the bedside"
        pattern, words = care.treated_with, (lesion.text, between, trauma.text)
        if not pattern.search(between) and pattern.search(between + trauma.text):
            return " ".join("".join(words).split())
    if not pattern.search(between):
        return None
    return " ".join("".join(words).split())


def _tie(trauma: EventMention, lesion: EventMention, between: str, trauma_first: bool,
         timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    note = timeline.note(trauma.note_id)
    offset = note.sentences[trauma.sentence][0]
    sentence = note.sentence_text(trauma.sentence)
    t_start, t_end = trauma.start - offset, trauma.end - offset
    l_start, l_end = lesion.start - offset, lesion.end - offset
    for pattern in config.explicit_ties:
        for match in pattern.finditer(sentence):
            # the tie phrase stands between the two, or names the trauma right beside it with
            # the lesion on its other side: "necrosis at (her insulin injection sites)"
            beside_trauma = max(match.start() - t_end, t_start - match.end(), 0) <= config.tie_max_gap_chars
            if not beside_trauma:
                continue
            if config.tie_denials.search(sentence[max(0, match.start() - config.tie_max_gap_chars):match.start()]):
                continue  # "nowhere near where she injects", "not at her injection sites"
            # the phrase joins these two: it reaches the trauma and stops short of the far
            # side of the lesion ("where she injects" before another "injects" ties nothing)
            if trauma_first:
                # ... and places the first lesion after it, not one further on ("bruise just
                # below the known ulcer; ulcer unchanged")
                joins = (match.end() > t_start and match.start() < l_start
                         and not _places_another_lesion(match.start() + offset, lesion, timeline, config)
                         and not _mentioned(timeline, note.note_id, config.lesion_labels,
                                            offset + match.end() - 1, lesion.start))
                gap = (match.end(), l_start)
            else:
                # ... and with the lesion first, a phrase after the trauma that opens on what
                # follows it places the trauma by that ("ulcer with a bruise just below it"); a
                # whole phrase looks back ("a week after the scrape, in exactly the same place")
                joins = match.start() >= l_end - config.tie_max_gap_chars and (
                    match.start() < t_start or config.tie_open_ends is None
                    or not config.tie_open_ends.search(match.group(0)))
                gap = (l_end, match.start())
            if not joins:
                continue
            own_clause = False
            if not trauma_first:
                if match.end() <= t_start and ";" in sentence[match.end():t_start]:
                    continue  # "... at former heparin sites; ESRD on HD; s/p appendectomy": another item
                semicolon = sentence.rfind(";", l_end, match.start())
                if semicolon >= 0 and _mentioned(timeline, note.note_id, config.lesion_labels,
                                                 offset + semicolon, offset + match.start()):
                    continue  # "calciphylaxis of the thighs; the other wounds are look-alikes at sites of ..."
                # a trauma between the lesion and the phrase is in a clause of its own after a
                # comma when that clause opens on a place ("retiform purpura of the thighs, arms
                # have small bruises at the heparin sites"): the phrase places the trauma, not the lesion
                own_clause = _mentioned(timeline, note.note_id, ("TRAUMA",), offset + l_end - 1, offset + match.start())
            if not _another_item(sentence, gap, offset, timeline.site_starts.get(note.note_id, []),
                                 commas=own_clause):
                return _words(match)
    return None


def _places_another_lesion(tie_start: int, lesion: EventMention, timeline: PatientTimeline,
                           config: LinkerConfig) -> bool:
    """Whether the tie phrase starting at ``tie_start`` (note offset) places another lesion
    mention that ends right before it ("no lesions at her insulin injection sites; retiform
    purpura on the R calf"): the phrase is about that one, denied or not, not a lesion after it."""
    for e in timeline.events:
        if (e is not lesion and e.note_id == lesion.note_id and e.sentence == lesion.sentence
                and e.label in config.lesion_labels and 0 <= tie_start - e.end <= config.tie_max_gap_chars):
            return True
    return False


def _mentioned(timeline: PatientTimeline, note_id: str, labels, after: int, before: int) -> bool:
    """Whether an event mention of ``labels`` starts in the note strictly between the two offsets."""
    return any(e.note_id == note_id and e.label in labels and after < e.start < before for e in timeline.events)


def _another_item(sentence: str, gap: tuple[int, int], offset: int, site_starts: list[int],
                  commas: bool = False) -> bool:
    """Whether a semicolon in the sentence's ``gap`` (offsets in the sentence) opens an item of
    its own place ("R thigh plaque; L thigh soft where he injects"), rather than a clause about
    the same lesion ("necrotic plaque; it arose where tape was applied"); with ``commas``, a
    comma (or a dictated "comma") does as well when the place is the subject of a verb of its
    own ("..., arms have small bruises at the heparin sites")."""
    start, end = gap
    semicolon = sentence.rfind(";", start, end)
    if semicolon >= 0 and any(offset + semicolon < site < offset + end for site in site_starts):
        return True
    if not commas:
        return False
    comma = max(sentence.rfind(",", start, end), sentence.lower().rfind(" comma ", start, end))
    return comma >= 0 and any(offset + comma < site < offset + end for site in site_starts) \
        and _OWN_VERB.search(sentence, comma, end) is not None


# a verb after a place that makes it the subject of a clause of its own ("arms have small bruises")
_OWN_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|shows?|showed|showing)\b", re.IGNORECASE)


def _order(between: str, trauma_first: bool, config: LinkerConfig) -> tuple[str | None, str | None]:
    story = config.narrative
    if trauma_first:
        cue = story.trauma_then_lesion.search(between)
        return ("before", _words(cue)) if cue else (None, None)
    cue = story.lesion_after_trauma.search(between)
    if cue:
        return "before", _words(cue)
    cue = story.trauma_after_lesion.search(between)
    if cue:
        return "after", _words(cue)
    return None, None


def denies_lesion_site(event: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> bool:
    """The sentence says the lesion is away from a trauma ("remote from her injection sites"):
    a site read for it after those words may be the trauma's, so the lesion is no evidence of
    a link; so too when the trauma comes first and is set apart right before the lesion ("the
    heat pad on her lower back is well away from the lesions"). A denial that names no trauma
    ("not on warfarin") does not count."""
    note = timeline.note(event.note_id)
    start, end = note.sentences[event.sentence]
    traumas = [e for e in timeline.events if e.note_id == event.note_id
               and e.sentence == event.sentence and e.label == "TRAUMA"]
    for match in config.tie_denials.finditer(note.text, start, end):
        if match.start() < event.end:
            # the trauma told first and set apart right before the lesion ("the heat pad she uses
            # on her lower back is well away from the lesions"): the sentence's site is the trauma's
            if 0 <= event.start - match.end() <= config.tie_max_gap_chars \
                    and any(t.end <= match.start() for t in traumas):
                return True
            continue
        if any(0 <= t.start - match.end() <= config.tie_max_gap_chars for t in traumas):
            return True
    return False


def denies_trauma_site(trauma: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> bool:
    """Words right before the trauma set the lesion apart from it ("plaques of the thighs
    sparing her insulin injection sites"): a site read for the trauma in that sentence may be
    the lesion's, so the trauma keeps none from it."""
    note = timeline.note(trauma.note_id)
    start, _ = note.sentences[trauma.sentence]
    for match in config.tie_denials.finditer(note.text, start, trauma.start):
        if 0 <= trauma.start - match.end() <= config.tie_max_gap_chars:
            return True
    return False


def mark_care(traumas: list[EventMention], lesions: list[EventMention], timeline: PatientTimeline,
              config: LinkerConfig) -> None:
    """A trauma its sentence applies to a lesion ("ice packs to the ulcer") is care wherever it
    is compared: against the lesions of other notes too."""
    by_sentence: dict[tuple[str, int], list[EventMention]] = {}
    for lesion in lesions:
        by_sentence.setdefault((lesion.note_id, lesion.sentence), []).append(lesion)
    for trauma in traumas:
        proof = _proves_diagnosis(trauma, timeline, config) or _since_care(trauma, timeline, config)
        if proof is not None:
            trauma.care = proof
            continue
        for lesion in by_sentence.get((trauma.note_id, trauma.sentence), []):
            reading = read_pair(trauma, lesion, timeline, config)
            if reading.care is not None:
                trauma.care = reading.care
                break
    # the same exposure named again ("stop ice packs" after "the nurse applies ice packs to the
    # ulcer") is the same care: same wording, sites that meet, named with or after the care
    applied = [t for t in traumas if t.care is not None and t.trauma_type != "procedure"]
    for trauma in traumas:
        if trauma.care is None:
            same = next((c for c in applied if c.key == trauma.key and c.trauma_type == trauma.trauma_type
                         and c.first_seen <= trauma.first_seen and sites_meet(c.sites, trauma.sites)), None)
            if same is not None:
                trauma.care = same.care


def _since_care(trauma: EventMention, timeline: PatientTimeline, config: LinkerConfig) -> str | None:
    """The words that start a trauma with the lesion's care ("ice in a cloth on the ankle for pain
    since the biopsy"): it began after the lesion was there to be biopsied, so it is care."""
    pattern = config.care.since_care
    if pattern is None:
        return None
    note = timeline.note(trauma.note_id)
    _, end = note.sentences[trauma.sentence]
    match = pattern.match(note.text, trauma.end, end)
    return " ".join(f"{trauma.text} ... {match.group(0).strip()}".split()) if match else None


def _proves_diagnosis(trauma: EventMention, timeline: PatientTimeline,
                      config: LinkerConfig) -> str | None:
    """The words that make a biopsy the one proving the diagnosis ("biopsy-proven",
    "confirmed on punch biopsy", "punch biopsy from the calf: ... typical of calciphylaxis"),
    or None."""
    care = config.care
    if trauma.trauma_type != "procedure" or not care.kinds.search(trauma.text):
        return None
    text = timeline.note(trauma.note_id).text
    if care.proves_after is not None:
        after = care.proves_after.search(text[trauma.end:trauma.end + 20])
        if after:
            return " ".join(f"{trauma.text}{after.group(0)}".split())
    if care.proves_before is not None:
        before = care.proves_before.search(text[max(0, trauma.start - 60):trauma.start])
        if before:
            return " ".join(f"{before.group(0)}{trauma.text}".split())
    if care.proves_finding is not None:
        _, end = timeline.note(trauma.note_id).sentences[trauma.sentence]
        finding = care.proves_finding.search(text[trauma.end:end])
        if finding:
            return " ".join(f"{trauma.text} ... {finding.group(0)}".split())
    return None
