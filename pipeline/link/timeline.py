"""A patient's notes in date order, their mentions resolved to sites and dates, and
copy-forward detection: a sentence repeated in a later note describes the same event."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from ..nlp.line_headings import heading_end, line_bounds
from ..nlp.sentences import caps_gap_starts, spoken_stop_ends
from ..nlp.time_ends import ends_something_in_text
from .config import LinkerConfig
from .dates import PartialDate
from .seasons import within_season
from .sites import Site, site_match

# a line break ends a sentence unless the next line continues it in lower case (hard-wrapped
# dictation), as the pipeline's sentence splitter reads it
_SENTENCE_END = re.compile(r"\n\s*\n\s*|\n(?!\s*[a-z])\s*|(?<=[.!?])\s+(?=[A-Z0-9(\"'])")
_WORD = re.compile(r"[a-z0-9]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences of clinical text: sentence-final punctuation and line breaks end one, except a
    single line break before a line that continues in lower case; in a note dictated without
    punctuation a spoken "period" ends one as well (``spoken_stop_ends``), and in an all-caps record
    a gap of spaces before the next word (``caps_gap_starts``)."""
    ends = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(text)]
    spoken = spoken_stop_ends(text) + caps_gap_starts(text)
    if spoken:
        ends = sorted(ends + [(at, at) for at in spoken])
    spans, start = [], 0
    for end, next_start in ends:
        if end < start:
            continue  # inside a break already taken
        if end > start:
            spans.append((start, end))
        start = max(start, next_start)
    if start < len(text):
        spans.append((start, len(text)))
    return spans or [(0, len(text))]


def _tokens(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


@dataclass
class NoteView:
    """One note of a patient's timeline: text, date, place in date order and sentence spans.

    ``copied`` maps a sentence index to the earlier note (note_id, sentence index, date) it repeats.
    """
    note_id: str
    note_date: date
    note_type: str
    text: str
    order: int
    sentences: list[tuple[int, int]]
    # sentence index -> (note_id, sentence index, note_date) of the earlier note it repeats
    copied: dict[int, tuple[str, int, date]] = field(default_factory=dict)

    def sentence_of(self, char: int) -> int:
        """Index of the sentence holding character offset ``char`` (0 before the first sentence)."""
        starts = [s for s, _ in self.sentences]
        return max(bisect.bisect_right(starts, char) - 1, 0)

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index``."""
        start, end = self.sentences[index]
        return self.text[start:end]


@dataclass
class EventMention:
    """A CALCIPHYLAXIS, LESION or TRAUMA mention with what the linker needs to reason about it."""

    mention_id: str
    note_id: str
    note_date: date
    label: str
    text: str
    section: str
    negated: bool
    uncertain: bool
    historical: bool
    hypothetical: bool
    family: bool
    trauma_type: str | None
    agent: str | None
    sites: list[Site]
    date: PartialDate | None
    sentence: int
    start: int
    end: int
    first_seen: date  # the note date, or that of the earlier note this sentence was copied from
    copied_from: str | None = None  # mention_id of the original, for copy-forward text
    site_inherited: bool = False
    date_source: str = ""  # how ``date`` was found, for reasons
    care: str | None = None  # for a trauma: the words that apply it to a lesion (care, not cause)

    @property
    def affirmed(self) -> bool:
        """True when the mention is not negated, uncertain, hypothetical or about a family member."""
        return not (self.negated or self.uncertain or self.hypothetical or self.family)

    @property
    def key(self) -> str:
        """Normalized wording: "Ice packs" and "ice pack" name the same exposure."""
        words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in _WORD.findall(self.text.lower())]
        return " ".join(words)


@dataclass
class PatientTimeline:
    """A patient's notes in date order and their event mentions, with SITE offsets per note."""
    patient_id: str
    notes: list[NoteView]
    events: list[EventMention]
    site_starts: dict[str, list[int]] = field(default_factory=dict)  # note_id -> SITE offsets
    # agent -> the dates notes give for when that self-injected therapy began
    therapy_starts: dict[str, list[PartialDate]] = field(default_factory=dict)

    def note(self, note_id: str) -> NoteView:
        """The note with ``note_id``; raises KeyError when the patient has none."""
        return self._by_id[note_id]

    def __post_init__(self) -> None:
        self._by_id = {n.note_id: n for n in self.notes}
        # memo of pipeline.link.exposure.new_start: mention_id -> the words of its own sentence
        # saying it began in this episode (None: none)
        self.start_words: dict[str, str | None] = {}
        # the affirmed traumas by exposure (EventMention.key), built on first use
        self.traumas_by_key: dict[str, list[EventMention]] | None = None


def _optional(value) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    text = str(value).strip()
    return text or None


def _flag(value) -> bool:
    missing = value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value))
    return False if missing else bool(value)


def _mark_copies(notes: list[NoteView], config: LinkerConfig) -> None:
    seen_exact: dict[str, tuple[str, int, date]] = {}
    seen_tokens: list[tuple[frozenset[str], tuple[str, int, date]]] = []
    index: dict[str, list[int]] = {}  # token -> positions in seen_tokens, to compare few pairs
    for note in notes:
        additions = []
        for i, (start, end) in enumerate(note.sentences):
            tokens = _tokens(note.text[start:end])
            if len(tokens) < config.copy_min_tokens:
                continue
            exact = " ".join(sorted(tokens))
            origin = seen_exact.get(exact)
            if origin is None:
                rare = sorted(tokens, key=lambda t: (len(index.get(t, ())), t))[:3]
                candidates = {p for t in rare for p in index.get(t, ())}
                best = 0.0
                for p in candidates:
                    other, where = seen_tokens[p]
                    score = len(tokens & other) / len(tokens | other)
                    if score >= config.copy_min_jaccard and score > best:
                        best, origin = score, where
            if origin is not None:
                note.copied[i] = origin
            else:
                additions.append((exact, tokens, (note.note_id, i, note.note_date)))
        # a note's own sentences become originals only after the note, so repeats inside
        # one note are not copies of each other
        for exact, tokens, where in additions:
            seen_exact.setdefault(exact, where)
            position = len(seen_tokens)
            seen_tokens.append((tokens, where))
            for t in tokens:
                index.setdefault(t, []).append(position)


def build_timeline(
    patient_id: str,
    notes: pd.DataFrame,
    mentions: pd.DataFrame,
    relations: pd.DataFrame,
    config: LinkerConfig,
) -> PatientTimeline:
    """One patient's notes (date order) and event mentions, with LOCATION/TIME resolved."""
    ordered = notes.sort_values(["note_date", "note_id"], kind="stable")
    views = []
    for order, row in enumerate(ordered.itertuples(index=False)):
        text = row.text if isinstance(row.text, str) else ""
        views.append(NoteView(row.note_id, row.note_date, _optional(getattr(row, "note_type", "")) or "",
                              text, order, sentence_spans(text)))
    _mark_copies(views, config)
    by_note = {v.note_id: v for v in views}

    rows = {r.mention_id: r for r in mentions.itertuples(index=False)}
    locations: dict[str, list[str]] = {}
    times: dict[str, list[str]] = {}
    for rel in relations.itertuples(index=False):
        target = locations if rel.type == "LOCATION" else times if rel.type == "TIME" else None
        if target is not None:
            target.setdefault(rel.arg1, []).append(rel.arg2)

    sides = _sentence_sides(rows, by_note)
    # a time that the relation step gave to both a lesion and a trauma dates the lesion: notes
    # date what the patient has ("ulcer x 3 wks at her injection sites")
    lesion_times = {t for m in rows.values() if m.label in config.lesion_labels
                    for t in times.get(m.mention_id, [])}
    dated = _dated_timexes(rows, by_note)
    dated_at = {(t.note_id, t.start): t.when for t in dated}
    changes = _change_statements(rows, times, lesion_times, dated, by_note, config)
    # the time of a change of the skin dates that change, not a trauma its sentence names in
    # passing ("10 days ago the skin where he holds the ice pack had become purple")
    lesion_times |= {t.mention_id for t in changes.values()}
    events: list[EventMention] = []
    for m in rows.values():
        if m.label not in ("CALCIPHYLAXIS", "LESION", "TRAUMA"):
            continue
        view = by_note.get(m.note_id)
        if view is None:
            raise ValueError(
                f"mentions.parquet: mention {m.mention_id} refers to note {m.note_id}, "
                f"which is not in notes.parquet"
            )
        sites = []
        for site_id in locations.get(m.mention_id, []):
            site = rows.get(site_id)
            region = _optional(site.region) if site is not None else None
            if region:
                side = _optional(site.laterality) or sides.get((site.note_id, site.mention_id))
                sites.append(Site(region, side))
        time_ids = times.get(m.mention_id, [])
        kept = [t for t in time_ids if _dates_event(m, rows.get(t), view, config)
                and not (m.label == "TRAUMA" and t in lesion_times)]
        if not sites and m.label == "TRAUMA" and _optional(m.region):
            # a procedure that names its place ("colostomy", "L BKA") carries it as its site
            sites.append(Site(_optional(m.region), _optional(m.laterality)))
        when = None
        if not time_ids:
            when = PartialDate.parse(_optional(m.event_date))
        for timex_id in kept:
            when = _timex_date(rows[timex_id])
            if when:
                break
        source = "stated" if when else ""
        if when is None and not time_ids and _done_in_this_procedure_note(m, view, config):
            when = PartialDate.of(view.note_date)
            source = "procedure note" if _optional(m.trauma_type) == "procedure" else "given that day"
        if when is None and not time_ids and _injured_at_this_visit(m, view, config):
            when, source = PartialDate.of(view.note_date), "acute visit"
        if when is None and m.label == "TRAUMA":
            admitted = _begun_on_admission(m, view, config, dated_at)
            if admitted is not None:
                when, source = admitted, "stated"
        events.append(EventMention(
            mention_id=m.mention_id, note_id=m.note_id, note_date=view.note_date, label=m.label,
            text=str(m.text), section=_optional(m.section) or "other",
            negated=_flag(m.negated), uncertain=_flag(m.uncertain), historical=_flag(m.historical),
            hypothetical=_flag(m.hypothetical), family=_flag(m.family),
            trauma_type=_optional(m.trauma_type), agent=_optional(m.agent), sites=list(dict.fromkeys(sites)),
            date=when, sentence=view.sentence_of(int(m.start)), start=int(m.start), end=int(m.end),
            first_seen=view.note_date,
            date_source=source,
        ))
    _date_by_onset_sentences(events, dated, by_note, config, {t for ids in times.values() for t in ids})
    _place_by_line_heading(events, rows, by_note, sides, config)
    _place_by_site_field(events, rows, by_note, sides, config)
    if changes:
        _date_by_change_statements(events, changes, _sentence_sites(rows, by_note, sides), config)
    events.sort(key=lambda e: (by_note[e.note_id].order, e.sentence, e.mention_id))
    _resolve_copies(events, by_note)
    site_starts: dict[str, list[int]] = {}
    for m in rows.values():
        if m.label == "SITE":
            site_starts.setdefault(m.note_id, []).append(int(m.start))
    return PatientTimeline(patient_id, views, events, {k: sorted(v) for k, v in site_starts.items()},
                           _therapy_starts(dated, by_note, config))


@dataclass(frozen=True)
class _DatedTimex:
    mention_id: str
    note_id: str
    start: int
    end: int
    sentence: int
    when: PartialDate


def _timex_date(m) -> PartialDate | None:
    """A TIMEX mention's date; a season's year ordered by the season's months."""
    return within_season(PartialDate.parse(_optional(m.timex_value)), getattr(m, "rule", None), m.text)


def _dated_timexes(rows: dict, by_note: dict[str, NoteView]) -> list[_DatedTimex]:
    """The TIMEX mentions that resolved to a date, with their sentence: read once for the rules
    below that look for a date beside an event rather than through a TIME relation."""
    found = []
    for m in rows.values():
        if m.label != "TIMEX" or m.note_id not in by_note:
            continue
        when = _timex_date(m)
        if when is not None:
            start = int(m.start)
            sentence = by_note[m.note_id].sentence_of(start)
            found.append(_DatedTimex(m.mention_id, m.note_id, start, int(m.end), sentence, when))
    return found


def _therapy_starts(dated: list[_DatedTimex], by_note: dict[str, NoteView],
                    config: LinkerConfig) -> dict[str, list[PartialDate]]:
    """When each self-injected therapy began, where a note says so: a dated TIMEX shortly after
    the therapy's name in its sentence, with a start cue between them or in the TIMEX and no
    clause break ("T2DM on insulin since 2016", "insulin since his dx in 2011", "started on
    Lantus in 3/2019")."""
    found: dict[str, list[PartialDate]] = {}
    for t in dated:
        view = by_note[t.note_id]
        sentence_start, _ = view.sentences[t.sentence]
        started = therapy_started(view.text, sentence_start, t.start, t.end, config)
        if started is None:
            started = _first_dose_of(view, t, config)
        if started is not None:
            found.setdefault(started[0], []).append(t.when)
    return found


def _first_dose_of(view: NoteView, t: _DatedTimex, config: LinkerConfig) -> tuple[str, int] | None:
    """The therapy a first-dose sentence dates ("Dalteparin shots daily into the left lower
    abdomen. First dose was 04/14/2020."): the one therapy named in the sentence before, when the
    time's own sentence opens on the first dose and names no therapy itself."""
    pattern = config.exposure.therapy_first_dose
    if pattern is None or t.sentence == 0:
        return None
    start, end = view.sentences[t.sentence]
    if not pattern.match(view.text, start, end) or therapies_named(view.text[start:end], config):
        return None
    previous_start, previous_end = view.sentences[t.sentence - 1]
    named = therapies_named(view.text[previous_start:previous_end], config)
    return (named[0], start) if len(named) == 1 else None


def therapies_named(text: str, config: LinkerConfig) -> list[str]:
    """The self-injected therapies (``therapy_start`` agents) ``text`` names."""
    return [agent for agent, words in config.exposure.therapy_words.items() if words.search(text)]


def therapy_started(text: str, sentence_start: int, start: int, end: int,
                    config: LinkerConfig) -> tuple[str, int] | None:
    """The self-injected therapy whose start the time at ``start:end`` tells, and where the words
    of that start begin: the therapy named shortly before the time in its sentence, with a start
    cue between them, in the time, or right before the therapy's name ("on insulin since 2016",
    "started on Lantus in 3/2019", "began glargine on 4/2/21"), and no clause break from there
    to the time. None when the time tells no therapy's start."""
    exposure = config.exposure
    before = text[max(sentence_start, start - exposure.therapy_max_gap_chars):start]
    offset = start - len(before)
    for agent, words in exposure.therapy_words.items():
        names = list(words.finditer(before))
        if not names:
            continue
        name = names[-1]
        gap = before[name.end():]  # from the last naming of the therapy to the date
        if _CLAUSE_BREAK.search(gap):
            continue
        if exposure.therapy_start_cues.search(gap + " " + text[start:end]):
            return agent, offset + name.start()
        # the cue before the name, the drug as its object ("began glargine", "started insulin
        # glargine"): the nearest cue, with no clause break from it to the time
        cues = list(exposure.therapy_start_cues.finditer(before[:name.start()]))
        if cues and not _CLAUSE_BREAK.search(before[cues[-1].start():]) \
                and len(before[cues[-1].end():name.start()].split()) <= THERAPY_CUE_WORDS:
            return agent, offset + cues[-1].start()
    return None


# words that may stand between a start cue and the therapy it starts ("started her insulin
# glargine", "began on Lantus")
THERAPY_CUE_WORDS = 3

_CLAUSE_BREAK = re.compile(r"[;,()\[\]]")


def _assertion(e: EventMention) -> tuple[bool, ...]:
    return (e.negated, e.uncertain, e.historical, e.hypothetical, e.family)


def _sentence_sides(rows: dict, by_note: dict[str, NoteView]) -> dict[tuple[str, str], str]:
    """A side stated once for a region in a sentence applies to that region's unsided sites
    there ("LLE posterior calf: abrasion" -> the calf is the left one), when only one side is
    stated for it in the sentence (guidelines 6: one side word shared by two sites)."""
    stated: dict[tuple[str, int, str], set[str]] = {}
    unsided: list[tuple[str, int, str, str]] = []
    for m in rows.values():
        if m.label != "SITE" or not _optional(m.region) or m.note_id not in by_note:
            continue
        sentence = by_note[m.note_id].sentence_of(int(m.start))
        key = (m.note_id, sentence, _optional(m.region))
        side = _optional(m.laterality)
        if side in ("left", "right"):
            stated.setdefault(key, set()).add(side)
        elif side is None:
            unsided.append((*key, m.mention_id))
    out = {}
    for note_id, sentence, region, mention_id in unsided:
        found = stated.get((note_id, sentence, region), set())
        if len(found) == 1:
            out[(note_id, mention_id)] = next(iter(found))
    return out


def _date_by_onset_sentences(events: list[EventMention], dated: list[_DatedTimex],
                              by_note: dict[str, NoteView], config: LinkerConfig,
                              related: set[str] = frozenset()) -> None:
    """A short sentence that only says when something began, right after the sentence describing
    the lesions ("... painful purple plaque on the L thigh. First noticed about 10 days ago."),
    dates the undated lesions of that sentence: the relation step joins mentions within a
    sentence only. And a dated sentence with no event ("Pain over the L hip since Easter.")
    dates the undated lesions of the next one when it tells how that began ("Started as a dusky
    patch"); so does the one time of a busier sentence that no TIME relation took (``related``:
    the TIMEX ids the relations hold) when a symptom and its place lead up to it ("s/p hernia
    repair 2/14, seen for aching of the left groin skin from 3/3. Initially a small firm bump")."""
    timexes: dict[tuple[str, int], list[_DatedTimex]] = {}
    for t in dated:
        timexes.setdefault((t.note_id, t.sentence), []).append(t)
    by_sentence: dict[tuple[str, int], list[EventMention]] = {}
    for e in events:
        by_sentence.setdefault((e.note_id, e.sentence), []).append(e)
    for (note_id, index), found in timexes.items():
        if len(found) != 1 or (note_id, index) in by_sentence or index == 0:
            continue
        view = by_note[note_id]
        start, end = view.sentences[index]
        raw = view.text[start:end]
        sentence = raw.strip()
        cue = config.onset_cues.match(sentence)
        if cue is None:
            continue
        if len(sentence) > config.onset_max_chars:
            # a longer sentence whose cue and time open it ("Began roughly 2 wks ago, red and
            # warm at first, now darker in the middle"): the rest describes the lesion
            opening = start + len(raw) - len(raw.lstrip())  # where the stripped sentence begins
            gap = view.text[opening + cue.end():found[0].start]
            if config.onset_time_right_after is None or not config.onset_time_right_after.fullmatch(gap):
                continue
        _date_undated_lesions(by_sentence.get((note_id, index - 1), []), found[0].when, config)
    if config.onset_word_before is not None:
        # "Final diagnosis: calciphylaxis. Site: left lower abdomen, arising at her insulin
        # injection sites, onset 14 March 2022.": a line with no lesion of its own calls its one
        # free time the onset of the lesions just before it
        for (note_id, index), found in timexes.items():
            if index == 0 or any(e.label in config.lesion_labels for e in by_sentence.get((note_id, index), [])):
                continue
            view = by_note[note_id]
            first = view.sentences[index][0]
            onsets = [t for t in found if t.mention_id not in related
                      and config.onset_word_before.search(view.text[first:t.start])]
            if len(onsets) == 1:
                _date_undated_lesions(by_sentence.get((note_id, index - 1), []), onsets[0].when, config)
    if config.onset_began_as is None:
        return
    # "Burning pain over the L hip since Easter. Started as a dusky patch, now black.": a
    # sentence with one time and no event, then one telling how that trouble began
    for (note_id, index), found in timexes.items():
        view = by_note[note_id]
        if index + 1 >= len(view.sentences):
            continue
        if (note_id, index) in by_sentence:
            found = [t for t in found if t.mention_id not in related]
            if len(found) != 1 or config.onset_symptom_before is None or not config.onset_symptom_before.search(
                    view.text[view.sentences[index][0]:found[0].start]):
                continue
        if len(found) != 1:
            continue
        start, end = view.sentences[index + 1]
        if not config.onset_began_as.match(view.text[start:end].strip()):
            continue
        _date_undated_lesions(by_sentence.get((note_id, index + 1), []), found[0].when, config)


def _date_undated_lesions(events: list[EventMention], when: PartialDate, config: LinkerConfig) -> None:
    """Give the undated, affirmed lesions among ``events`` the stated time ``when``."""
    for e in events:
        if e.label in config.lesion_labels and e.date is None and e.affirmed:
            e.date, e.date_source = when, "stated"


def _place_by_site_field(events: list[EventMention], rows: dict, by_note: dict[str, NoteView],
                         sides: dict[tuple[str, str], str], config: LinkerConfig) -> None:
    """The unplaced lesions of a sentence are where the field opening the next sentence puts
    them ("Final diagnosis: calciphylaxis. Location: right upper outer thigh, arising at his
    enoxaparin injection sites"): the field (``narrative.tie_opens_sentence``'s group ``field``)
    is the place of the diagnosis just told."""
    pattern = config.narrative.tie_opens_sentence
    if pattern is None or "field" not in pattern.groupindex:
        return
    unplaced: dict[tuple[str, int], list[EventMention]] = {}
    for e in events:
        if e.label in config.lesion_labels and not e.sites:
            unplaced.setdefault((e.note_id, e.sentence + 1), []).append(e)
    if not unplaced:
        return
    fields: dict[tuple[str, int], tuple[int, int] | None] = {}  # each sentence's field, read once

    def field_of(note_id: str, index: int) -> tuple[int, int] | None:
        if (note_id, index) not in fields:
            view = by_note[note_id]
            start, end = view.sentences[index]
            sentence = view.text[start:end]
            offset = start + len(sentence) - len(sentence.lstrip())
            found = pattern.match(sentence.lstrip())
            fields[(note_id, index)] = None if found is None or found.group("field") is None \
                else (offset + found.start("field"), offset + found.end("field"))
        return fields[(note_id, index)]

    for m in rows.values():
        if m.label != "SITE" or not _optional(m.region) or m.note_id not in by_note:
            continue
        index = by_note[m.note_id].sentence_of(int(m.start))
        if (m.note_id, index) not in unplaced:
            continue
        field = field_of(m.note_id, index)
        if field is None or not field[0] <= int(m.start) < field[1]:
            continue
        place = Site(_optional(m.region), _optional(m.laterality) or sides.get((m.note_id, m.mention_id)))
        for e in unplaced[(m.note_id, index)]:
            if not e.sites:
                e.sites = [place]
                e.site_inherited = True


def _place_by_line_heading(events: list[EventMention], rows: dict, by_note: dict[str, NoteView],
                           sides: dict[tuple[str, str], str], config: LinkerConfig) -> None:
    """A lesion written without a place on a line headed by one ("Hand: healing ulcer at the old
    IV site", "1) Left hand dorsum: began after ... Tense bulla with crust.") is at that place:
    templates and consult items name the place once, then describe what is there."""
    unplaced: dict[str, list[EventMention]] = {}
    for e in events:
        if e.label in config.lesion_labels and e.label != "CALCIPHYLAXIS" and not e.sites:
            unplaced.setdefault(e.note_id, []).append(e)
    if not unplaced:
        return
    for m in rows.values():
        if m.label != "SITE" or m.note_id not in unplaced or not _optional(m.region):
            continue
        text = by_note[m.note_id].text
        start, end = int(m.start), int(m.end)
        heading = heading_end(text, start, end)
        if heading is None:
            continue
        line_end = line_bounds(text, start, end)[1]
        place = Site(_optional(m.region), _optional(m.laterality) or sides.get((m.note_id, m.mention_id)))
        for e in unplaced[m.note_id]:
            if heading <= e.start < line_end and not e.sites:
                e.sites = [place]
                e.site_inherited = True


def _sentence_sites(rows: dict, by_note: dict[str, NoteView],
                    sides: dict[tuple[str, str], str]) -> dict[tuple[str, int], list[Site]]:
    """The places each sentence names (its SITE mentions, with the side its sentence gives)."""
    found: dict[tuple[str, int], list[Site]] = {}
    for m in rows.values():
        if m.label != "SITE" or not _optional(m.region) or m.note_id not in by_note:
            continue
        side = _optional(m.laterality) or sides.get((m.note_id, m.mention_id))
        found.setdefault((m.note_id, by_note[m.note_id].sentence_of(int(m.start))), []).append(
            Site(_optional(m.region), side))
    return found


def _change_statements(rows: dict, times: dict[str, list[str]], lesion_times: set[str],
                       dated: list[_DatedTimex], by_note: dict[str, NoteView],
                       config: LinkerConfig) -> dict[tuple[str, int], _DatedTimex]:
    """Sentences that tell when the skin at a place changed ("~1 wk ago the spot on her R shin
    turned purple, then black", "in early March the area became very painful"), with the time
    that dates the change; sentences whose lesions already have a time are not among them.

    The time is the one nearest the change that dates no trauma ("the spot where she scraped it
    last month turned purple ~1 wk ago"); a trauma's time only when nothing else dates the
    sentence, it is told before the change, and either no clause break parts it from the change
    or one parts it from the trauma ("that scratch was healing, but in early April the area
    became painful", "the burn was settling until, on March 3, he noticed pain and the skin there
    went dark"; not "she scraped it on 5/2 and it turned purple"), or after the change in its
    clause, parted from the trauma ("the bruise faded, but its centre has been hard since March 3").
    """
    if config.change_predicates is None:
        return {}
    # each time the relation step gave a trauma, with where those traumas are written
    trauma_times: dict[str, list[tuple[int, int]]] = {}
    for m in rows.values():
        if m.label == "TRAUMA":
            for t in times.get(m.mention_id, []):
                trauma_times.setdefault(t, []).append((int(m.start), int(m.end)))
    timexes: dict[tuple[str, int], list[_DatedTimex]] = {}
    for t in dated:
        timexes.setdefault((t.note_id, t.sentence), []).append(t)
    for t in dated:
        if t.mention_id in lesion_times:
            timexes.pop((t.note_id, t.sentence), None)  # its lesion is dated by relation
    found = {}
    for (note_id, index), here in timexes.items():
        view = by_note[note_id]
        start, end = view.sentences[index]
        change = _change_in(view.text[start:end], config)
        if change is not None:
            # a time something had healed by ("the incision healed by August, then in September
            # the scar went purple") is an end, no time of the change
            here = [t for t in here if not ends_something_in_text(view.text, t.start)]
            when = _time_of_change(here, trauma_times, view.text, (start + change[0], start + change[1]))
            if when is not None:
                found[(note_id, index)] = when
    return found


def _date_by_change_statements(events: list[EventMention], changes: dict[tuple[str, int], _DatedTimex],
                               places: dict[tuple[str, int], list[Site]], config: LinkerConfig) -> None:
    """A change statement (:func:`_change_statements`) dates the undated, affirmed lesions of its
    note at the places it names, or all of them when it names none and they lie in one region:
    notes tell the onset this way and leave the lesion's words to the exam. A lesion dated only
    by that day's exam takes the earlier date of the change."""
    undated: dict[str, list[EventMention]] = {}
    for e in events:
        if e.label in config.lesion_labels and e.affirmed and (e.date is None or _seen_today(e)):
            undated.setdefault(e.note_id, []).append(e)
    for (note_id, index), timex in changes.items():
        for e in _lesions_told(undated.get(note_id, []), places.get((note_id, index), [])):
            if e.date is None or timex.when.end < e.date.start:
                e.date, e.date_source = timex.when, "stated"


def _seen_today(e: EventMention) -> bool:
    """Is the lesion dated only by the exam of its note's day ("Today there is an eschar")?
    That is when it was seen, not when it began."""
    return e.date is not None and e.date.day is not None and e.date.start == e.note_date


# what parts a trauma's time from a change it could also date: a new clause, not the comma
# after a fronted time ("on February 25, he first noticed the skin there darken")
_CHANGE_CLAUSE_BREAK = re.compile(r"[;()]|\b(?:and|but|then|until|before|after)\b", re.IGNORECASE)


def _time_of_change(found: list[_DatedTimex], trauma_times: dict[str, list[tuple[int, int]]],
                    text: str, words: tuple[int, int]) -> _DatedTimex | None:
    """The time a change statement gives: see :func:`_change_statements`; ``words`` are the
    offsets of the change's words in ``text``."""
    change = words[0]
    # "the gash (fence, 4/1) healed; then the skin over it turned dusky": a time in brackets,
    # closed before a clause break that comes before the change, dates the words it follows
    found = [t for t in found if not _bracketed_before(text, (t.start, t.end), change)]
    own = [t for t in found if t.mention_id not in trauma_times]
    if not own:
        # a trauma's time told before the change, in the change's clause or out of the trauma's;
        # or after it, in the change's clause and out of the trauma's ("the bruise faded, but its
        # centre has been hard and very painful since March 3")
        own = [t for t in found if (
            t.end <= change and (not _parted(text, (t.start, t.end), change)
                                 or all(_parted(text, trauma, t.start) for trauma in trauma_times[t.mention_id])))
            or (t.start >= change and t.end > words[1] and not _parted(text, words, t.start)
                and all(_parted(text, trauma, t.start) for trauma in trauma_times[t.mention_id]))]
    if not own:
        return None
    return min(own, key=lambda t: abs(t.start - change))


def _bracketed_before(text: str, span: tuple[int, int], at: int) -> bool:
    """Is the span inside brackets that close before the offset ``at``, with a clause break
    between the closing bracket and ``at``?"""
    start, end = span
    if end > at:
        return False
    opened = text.rfind("(", 0, start)
    if opened < 0 or text.rfind(")", opened, start) >= 0:
        return False
    closed = text.find(")", end, at)
    return closed >= 0 and _parted(text, (closed, closed + 1), at)


def _parted(text: str, span: tuple[int, int], at: int) -> bool:
    """Does a clause break lie between the span and the offset ``at``?"""
    start, end = span
    return bool(_CHANGE_CLAUSE_BREAK.search(text[end:at] if end <= at else text[at:start]))


def _change_in(sentence: str, config: LinkerConfig) -> tuple[int, int] | None:
    """Where the sentence tells of a change of the skin (start and end offsets of its words in
    the sentence), unless negated."""
    for match in config.change_predicates.finditer(sentence):
        if not config.change_negations.search(sentence[:match.start()]):
            return match.start(), match.end()
    return None


def _lesions_told(lesions: list[EventMention], places: list[Site]) -> list[EventMention]:
    """The lesions a change statement tells of: those at one of its places, or with no place
    named, all of them when they lie in one region."""
    if not places:
        regions = {s.region for e in lesions for s in e.sites}
        return lesions if len(regions) == 1 else []
    return [e for e in lesions if any(site_match(p, s) == "exact" for s in e.sites for p in places)]


def _begun_on_admission(mention, view: NoteView, config: LinkerConfig,
                        dated_at: dict[tuple[str, int], PartialDate]) -> PartialDate | None:
    """The admission date its note states, for a trauma its sentence says began on admission
    ("enoxaparin SC daily starting on admission" under "Admission date: 10/30/2019"): the date is
    the TIMEX the admission label introduces, as the timex component resolved it."""
    start, end = view.sentences[view.sentence_of(int(mention.start))]
    if not config.on_admission.search(view.text[start:end]):
        return None
    found = config.admission_date.search(view.text)
    return dated_at.get((view.note_id, found.start("date"))) if found else None


def _done_in_this_procedure_note(mention, view: NoteView, config: LinkerConfig) -> bool:
    """An undated procedure that a procedure or operative note reports as done was done on that
    note's date ("a 5 mm lesion of the L arm was excised", in a dermatology procedure note), and
    so was a freeze or a compression wrap it reports ("liquid nitrogen to each keratosis", "then
    an Unna boot to below the knee"), and so was an injection such a note reports (a joint
    injection is the procedure; not insulin or another self-injected therapy told in passing),
    or whose sentence, in any note, says it was given then and there ("Tdap 0.5 mL IM given into
    the L deltoid at 10:40 by this nurse", "at 03:05, given by the ED nurse");
    unless it is planned, in a past-history section, or its sentence places it elsewhere in time
    ("prior", "s/p", "in 2015")."""
    kind = _optional(mention.trauma_type)
    if mention.label != "TRAUMA" or kind not in ("procedure", "injection", "thermal", "pressure"):
        return False
    sentence = _told_as_happened(mention, view, config)
    if sentence is None:
        return False
    procedure_note = bool(config.procedure_note_types.search(view.note_type or ""))
    if kind != "injection":
        done_now = procedure_note
    else:
        # an injection a procedure note reports is its procedure ("Procedure: R knee steroid
        # injection"), unless it is a self-injected therapy told in passing ("injects his insulin")
        done_now = (procedure_note and _optional(mention.agent) not in config.exposure.chronic_agents) or (
            config.injection_given_now is not None and bool(config.injection_given_now.search(sentence)))
    return done_now and not config.procedure_not_today.search(sentence)


def _injured_at_this_visit(mention, view: NoteView, config: LinkerConfig) -> bool:
    """An undated injury or burn that the note of an acute visit (ED, urgent care, EMS) reports,
    when the note tells that what brought the patient in happened that day ("arrived 02:40",
    "about an hour ago"), happened on the note's date; unless it is denied, planned, in a
    past-history section, or its sentence places it elsewhere in time ("old", "healing",
    "s/p", "in 2015")."""
    if config.acute_visit_types is None or config.acute_cues is None:
        return False
    if mention.label != "TRAUMA" or _optional(mention.trauma_type) not in ("accidental", "thermal"):
        return False
    sentence = _told_as_happened(mention, view, config)
    if sentence is None:
        return False
    if not config.acute_visit_types.search(view.note_type or "") or not config.acute_cues.search(view.text):
        return False
    return not config.procedure_not_today.search(sentence)


def _told_as_happened(mention, view: NoteView, config: LinkerConfig) -> str | None:
    """The mention's sentence, when the mention is told as having happened: not planned, denied or
    historical, and not in a past-history section; None otherwise."""
    if _flag(mention.hypothetical) or _flag(mention.negated) or _flag(mention.historical):
        return None
    if (_optional(mention.section) or "other") in config.past_sections:
        return None
    start, end = view.sentences[view.sentence_of(int(mention.start))]
    return view.text[start:end]


def _dates_event(event, timex, view: NoteView, config: LinkerConfig) -> bool:
    """Does this TIME relation date the event's start? Not when the words between them anchor the
    time to something else ("started 4 wks after her bridge in March": March dates the bridge),
    nor when the time tells when a therapy began and the event is a lesion outside those words
    ("on the skin she has used since she started glargine in March - calciphylaxis at the
    injection site": March is the insulin's)."""
    if timex is None:
        return False
    first, second = (event, timex) if int(event.start) <= int(timex.start) else (timex, event)
    if config.time_anchor_words.search(view.text[int(first.end):int(second.start)]):
        return False
    if event.label == "TRAUMA":
        return True
    sentence_start, _ = view.sentences[view.sentence_of(int(timex.start))]
    started = therapy_started(view.text, sentence_start, int(timex.start), int(timex.end), config)
    return started is None or started[1] <= int(event.start) < int(timex.start)


def _resolve_copies(events: list[EventMention], by_note: dict[str, NoteView]) -> None:
    """A mention in a copied sentence keeps the original's first-seen date and date: a relative
    time ("2 weeks ago") re-read against the later note must not move the event. Only the same
    statement is a copy: a lesion affirmed in a sentence that an earlier note wrote with the
    lesion denied ("no ulcer on the L shin" -> "ulcer on the L shin") is new, seen first now."""
    originals: dict[tuple[str, int], list[EventMention]] = {}
    for e in events:
        originals.setdefault((e.note_id, e.sentence), []).append(e)
    for e in events:
        origin = by_note[e.note_id].copied.get(e.sentence)
        if origin is None:
            continue
        note_id, sentence, when = origin
        same_words = [o for o in originals.get((note_id, sentence), [])
                      if o.label == e.label and o.key == e.key]
        same = [o for o in same_words if _assertion(o) == _assertion(e)]
        if same_words and not same:
            continue  # the earlier sentence said the opposite: a new statement
        e.first_seen = min(e.first_seen, when)
        if same:
            e.copied_from = same[0].copied_from or same[0].mention_id
            e.date, e.date_source = same[0].date, same[0].date_source
