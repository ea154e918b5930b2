"""LOCATION and TIME relations between mentions of the same sentence.

Sites joined by "and", commas or slashes form one group, so "ulcers on the abdomen and right
thigh" gives two LOCATION relations. Each event takes the nearest site group, preferring one that
follows it ("ulcer on the L thigh") over one before it ("L thigh ulcer"). A TIMEX dates the nearest
event, preferring one before it ("bruise x 2 wks", "insulin since 2008"). Future times get no
relation, nor do ends ("on warfarin until 2016"): TIME dates a start. SITE mentions in a
sentence with no event are dropped: the guidelines mark a site only where a lesion or trauma is.

The trained pair model (models/relations.json, see its model card) then vetoes rule pairs it finds
improbable and adds the TIME pairs it is confident about; an event dated twice keeps the date
stated as its start.
"""

import json
from datetime import date
from importlib.resources import files
from itertools import repeat
from operator import attrgetter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..resources import MODEL_PACKAGE, read_model
from .batching import BatchedPipe
from .doc_memo import TokenView, doc_text, token_view
from .extensions import (
    doc_value,
    mentions,
    note_date,
    register_extensions,
    relation_offsets,
    set_doc_value,
    span_value,
)
from .line_headings import heading_end, heads_a_later_line, line_bounds
from .mention_table import set_mentions
from .relation_features import (
    AUXILIARIES,
    CLAUSE_SUBJECTS,
    FIRST_FINDING_VERBS,
    RELATIVE_WORDS,
    MentionInfo,
    PairContext,
    doc_mention_infos,
    mention_infos,
    relative_clause_between,
    score_present,
    sentence_starts,
)
from .sections import SectionIndex
from .serialization import RuleDataComponent, hashed
from .time_ends import ends_something

EVENTS = {"LESION", "CALCIPHYLAXIS", "TRAUMA"}
# words before a date that say it is when something began ("starting 8/14", "since 2015")
START_CUES = {"starting", "started", "start", "since", "began", "begun", "beginning", "onset",
              "from", "commenced", "initiated"}
# words that name the beginning itself (a stronger statement than a bare "since" or "from"):
# the model does not veto the rule pairs of a time they come just before, and a change word
# before such a time does not make it the date of a change
ONSET_CUES = {"started", "began", "begun", "onset", "commenced", "appeared", "noticed"}
# a time dates an event written after it only this close ("Since March she has injected …")
MAX_TOKENS_TO_A_LATER_EVENT = 20
# ... unless the time opens the sentence: at most this many words before it, none an event
MAX_TOKENS_BEFORE_AN_OPENING_TIME = 8
# tokens that may join the sites of one list ("abdomen and right thigh", "L low back/flank")
CONNECTORS = {"and", "or", ",", "/", "&", "(", ")", "+", "-", "the", "both", "her", "his", "of",
              "to", "into", "on", "in", "at", "over", "also", "as", "well", "&amp;", "including"}


def relation_model_file(name: str):
    """The relation model file ``name``: a path, or a file in models/ (None if neither)."""
    path = Path(name)
    if path.is_file():
        return path
    shipped = files(MODEL_PACKAGE) / name
    return shipped if shipped.is_file() else None


def read_relation_artifact(name: str) -> dict:
    """A relation model artifact (model card fields and ``models``): a file in models/ or a path."""
    file = relation_model_file(name)
    return json.loads(file.read_text(encoding="utf-8")) if file is not None else read_model(name)


def load_relation_model(name: str) -> dict:
    """The per-type weights of a relation model: a file in models/ or a path."""
    return read_relation_artifact(name)["models"]


@Language.factory(
    "koebner_relations",
    default_config={"model": "relations.json", "model_types": ["TIME"], "veto_below": 0.1,
                    "prefer_following_site": 1.5, "prefer_preceding_event": 1.5},
    requires=["doc.spans", "token.is_sent_start", "span._.koebner_timex_value",
              "span._.koebner_region", "doc._.koebner_sections"],
    assigns=["doc._.koebner_relations", "doc._.koebner_relation_offsets", "doc.spans"],
)
class KoebnerRelations(BatchedPipe, RuleDataComponent):
    """Nearest-mention rules, refined by the pair model; ``model=None`` gives the rules alone.

    Sets ``doc._.koebner_relations`` and drops SITE mentions of sentences without an event from
    ``doc.spans["koebner"]``. The model's weights are saved with the pipeline (``model.json``).
    """

    # not "model": spaCy probes components with hasattr(proc, "model") (its ListenedToComponent
    # protocol), which must not read the model file; __call__ reads veto_below first
    compiled = ("model_types", "veto_below")
    data_file = "model.json"

    def __init__(self, nlp: Language, name: str, model: str | None, model_types: list[str],
                 veto_below: float, prefer_following_site: float, prefer_preceding_event: float):
        register_extensions()
        self.name = name
        self.site_weight = prefer_following_site
        self.event_weight = prefer_preceding_event
        self.model_name = model
        self._settings = (list(model_types), veto_below)
        self._defer(nlp)

    @classmethod
    def from_data(cls, nlp: Language, name: str, artifact: dict | None, model_types=("TIME",),
                  veto_below: float = 0.1, prefer_following_site: float = 1.5,
                  prefer_preceding_event: float = 1.5) -> "KoebnerRelations":
        """A component built from a relation model artifact (None: the rules alone)."""
        component = cls(nlp, name, None, list(model_types),
                        veto_below, prefer_following_site, prefer_preceding_event)
        component._use(artifact, {})
        return component

    def _read(self) -> tuple[dict | None, dict[str, str]]:
        if not self.model_name:
            return None, {}
        file = relation_model_file(self.model_name)
        return read_relation_artifact(self.model_name), hashed([file]) if file else {}

    def _build(self, artifact: dict | None) -> None:
        model_types, veto_below = self._settings
        self.model = artifact["models"] if artifact else None
        self.model_types = set(model_types) if self.model else set()
        self.veto_below = veto_below if self.model else 0.0

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.koebner_relations`` (rules, then the model); returns the doc."""
        # the work is on MentionInfo records; relations are stored as offsets at the end
        sent_of = sentence_starts(doc)
        infos = doc_mention_infos(doc)
        # "debridement of the eschar ... done 13/2": the lesion a procedure acts on is there
        # before it; the procedure's date is not the lesion's (for the rules and the model)
        objects = procedure_objects(token_view(doc).lower, infos)
        relations, kept = self._rule_pairs(doc, infos, sent_of, objects)
        if self.veto_below > 0 or self.model_types:
            pairs = PairContext(doc, kept, sent_of)
            sections = SectionIndex(doc_value(doc, "koebner_sections") or [])
            if self.veto_below > 0 and relations:
                # a time the text states as a start ("began 12/03", a lesion that "came on 10
                # days ago") keeps the event the rules gave it: the words outweigh the model's doubt
                lower = token_view(doc).lower
                # so does a time that opens the clause of the event after it ("On New Year's Day
                # the car door swung shut against her shin, leaving a deep bruise")
                relations = [r for r in relations
                             if (r[0] == "TIME" and (_onset_cue_before(lower, r[2].start, sent_of[r[2].start])
                                                     or _opens_the_clause(lower, r[1], r[2], sent_of[r[2].start])
                                                     or (r[1].label_ != "TRAUMA"
                                                         and _follows_lesion_onset(lower, r[2].start, sent_of))))
                             or self._score(pairs, sections, r) >= self.veto_below]
            if self.model_types:
                # the model adds the pairs it is confident about to those the rules found (a
                # pair the rules found is not scored again)
                found = {(t, a.start, b.start) for t, a, b in relations}
                relations = relations + self._kept_model_pairs(
                    self._model_pairs(pairs, sections, found), lambda: self._model_time_filter(
                        doc, relations, objects, infos))
        set_doc_value(doc, "koebner_relation_offsets", relation_offsets(
            self._prefer_stated_start(doc, relations)))
        return doc

    @staticmethod
    def _kept_model_pairs(model_pairs: list, time_filter) -> list:
        """The pairs of ``model_pairs`` that are not TIME pairs, or pass the test
        ``time_filter()`` makes (:meth:`_model_time_filter`: made only for a doc whose model pairs
        hold a TIME pair, as most hold none)."""
        kept, kept_time = [], None
        for pair in model_pairs:
            if pair[0] == "TIME":
                if kept_time is None:
                    kept_time = time_filter()
                if not kept_time(pair[1], pair[2]):
                    continue
            kept.append(pair)
        return kept

    def _model_time_filter(self, doc: Doc, relations: list, objects: set, infos: list[MentionInfo]):
        """A test ``(event, timex) -> bool`` of the model's TIME pairs against what the rules
        found: the model does not give a lesion a start the rules gave a trauma of the clause
        the time opens ("since the weekend he has been holding a heating pad on it"), nor one
        that closes a trauma's clause before the lesion's own clause ("injecting her glargine
        there since late January, and the plaque arose in late August"); a time after both
        ("plaques at the injection sites since 7/20") may be the lesion's. Nor is a procedure's
        time the time of the lesion it acts on (``objects``, from :func:`procedure_objects`), nor
        the time of a lesion's change its start ("bigger since Friday": ``_dates_progression``), nor
        a time a participle of use ties to a trauma after the lesion ("the lesions lie in the field
        of the heat lamp used since October"), nor is any time that of an event said to be on the
        other side, nor is a time the rules gave a lesion by a verb of its start ("plaques at old
        heparin sites, present since 3/8") the time of a trauma named between them, nor the
        time after a trauma with a subject of its own between the lesion and the time ("the
        plaque matches the area he has been heating since his fall in January"), nor is the time
        dialysis began the start of an event after a break ("on HD since 3/2019 and now a plaque")."""
        lower = token_view(doc).lower
        sent_of = sentence_starts(doc)
        own_subject_traumas = [m.start for m in infos if m.label_ == "TRAUMA"]
        trauma_starts = [(a, b) for t, a, b in relations
                         if t == "TIME" and a.label_ == "TRAUMA" and self._states_start(doc, b)]
        opens = {b.start for a, b in trauma_starts if b.end <= a.start}
        closes = {b.start: b.end for a, b in trauma_starts if a.end <= b.start}
        # "the lesions lie in the field of the heat lamp used since October", "the lesion sits
        # where lovenox was injected every day starting 04/02": the time is the trauma's, tied
        # to it by a participle of use or words of how often, and no start of the lesions before it
        used_since = {b.start: a.start for a, b in trauma_starts if a.end < b.start
                      and _told_in_use(lower[a.end:b.start])}
        # "the sore he has been heating with his pad each evening since Nov": a lesion, then a
        # clause of its own (a subject and its verb) whose trauma the time is the start of
        clause_traumas = [(a.start, b.start) for a, b in trauma_starts if a.end <= b.start]
        # "ulcer located beneath the brace that had pushed into that skin daily since Easter": the
        # trauma's own relative clause (no subject of its own) holds the start; it is the trauma's
        own_clause = {b.start: a.start for a, b in trauma_starts if a.end < b.start
                      and lower[a.end] in ("that", "which")
                      and not CLAUSE_BREAKS.intersection(lower[a.end:b.start])}

        # "necrotic plaque on the arm where the heparin went in last month", "where the weekly
        # trial drug injections have gone in since February": a time the rules gave a trauma in a
        # "where" clause after the lesion is the trauma's, not the lesion's start
        where_clause = {b.start: a.start for t, a, b in relations
                        if t == "TIME" and a.label_ == "TRAUMA" and a.end <= b.start
                        and "where" in lower[max(sent_of[a.start], a.start - WHERE_REACH):a.start]
                        and not CLAUSE_BREAKS.intersection(lower[a.end:b.start])}
        # "the plaque developed at the site of the tetanus shots given in the ED in August": a time
        # the rules gave a trauma told as given then (not as a start) is when it was given, not
        # the start of a lesion named before it
        given_then = {b.start: a.start for t, a, b in relations
                      if t == "TIME" and a.label_ == "TRAUMA" and a.end <= b.start
                      and not self._states_start(doc, b) and _told_given(lower, a.start, a.end, b.start)}
        # "plaques at old heparin sites, present since 3/8": a time the rules gave a lesion by a
        # verb of its start is not the time of a trauma named after the lesion as its place
        lesion_started = {b.start: a.start for t, a, b in relations if t == "TIME" and a.label_ != "TRAUMA"
                          and a.end <= b.start and _follows_lesion_onset(lower, b.start, sent_of)}
        # "eschar lying in the old scrape (fall 5/3/22)": a time the rules gave an event before it
        # in one bracket is not the time of an event before that bracket
        bracketed = {}
        for t, a, b in relations:
            if t == "TIME" and a.end <= b.start:
                close = _closing_bracket(lower, sent_of, a.start, b.end)
                if close is not None:
                    bracketed[b.start] = (a.start, close)

        # "began in the dog-bite wound of 7/4", "centred on her biopsy site from 5/17": a time
        # joined to a trauma (or to the place it left) by "of" or "from" names that trauma
        of_trauma = {b.start: a.start for t, a, b in relations
                     if t == "TIME" and a.label_ == "TRAUMA" and b.start >= 1 and lower[b.start - 1] in ("of", "from")
                     and (a.end == b.start - 1 or a.end == b.start - 2 and lower[a.end] in TRAUMA_PLACE_WORDS)}
        # "right over the spot of her 6/2 knee injection", "the scar of the 2019 hernia repair": a
        # time set between a determiner and the trauma's noun is that trauma's, as an adjective
        # is, and no lesion's start (another trauma may be the same event told twice)
        attributive = {b.start for t, a, b in relations
                       if t == "TIME" and a.label_ == "TRAUMA" and _names_before(lower, b, a)}

        def kept_time(event: MentionInfo, timex: MentionInfo) -> bool:
            if ends_something(lower, timex.start) and not (_until_when(lower, timex) and event.start >= timex.end):
                return False  # "on warfarin until 2016": when something stopped, no start
            if of_trauma.get(timex.start, event.start) != event.start:
                return False
            if _on_the_other_side(lower, event.end):
                return False  # an aside on another place ("the catheter is on the other side")
            if _after_a_break(lower, timex, event) and _dates_dialysis(lower, timex.start, sent_of[timex.start]):
                return False  # "on HD since 3/2019 and now a plaque ...": when dialysis began
            if timex.start in bracketed:
                first, close = bracketed[timex.start]
                if event.start < first and _closing_bracket(lower, sent_of, event.start, event.end) != close:
                    return False
            if event.label_ == "TRAUMA":
                if _dates_a_state(lower, timex.start, sent_of):
                    return False  # "been like that since 11/3": how the lesion has looked
                if event.start >= timex.end and _pronoun_onset(lower, timex.start, sent_of):
                    return False  # "It appeared in early June just beneath the knee brace"
                return not lesion_started.get(timex.start, event.start) < event.start < timex.start
            if timex.start in opens or timex.start in attributive or event.key in objects \
                    or _dates_progression(lower, event, timex, sent_of[timex.start]):
                return False
            if event.end <= used_since.get(timex.start, -1) or event.end <= own_clause.get(timex.start, -1) \
                    or event.end <= given_then.get(timex.start, -1):
                return False
            if event.end <= where_clause.get(timex.start, -1) and not FIRST_FINDING_VERBS.intersection(
                    lower[max(sent_of[event.start], event.start - 6):event.start]):
                return False  # ... unless the lesion is what she "first felt" there, then
            if any(event.end <= a < timex.start and sent_of[a] == sent_of[timex.start]
                   and not CLAUSE_BREAKS.intersection(lower[a:timex.start])
                   and _subject_just_before(lower, event.end, a) for a in own_subject_traumas):
                return False  # "the area he has been heating since ... January": that clause's time
            if any(t == timex.start and event.end <= a and (_subject_clause(lower, event.end, a)
                                                            or _subject_just_before(lower, event.end, a))
                   for a, t in clause_traumas):
                return False
            end = closes.get(timex.start)
            return not (end is not None and event.start >= end
                        and CLAUSE_BREAKS.intersection(lower[end:event.start]))
        return kept_time

    @staticmethod
    def _states_start(doc: Doc, timex: MentionInfo) -> bool:
        """Whether the words just before the time (or its own first word: "since March") say it
        is when something began."""
        lower = token_view(doc).lower
        before = {lower[i] for i in range(max(timex.start - 2, 0), timex.start)}
        return bool(before & START_CUES) or lower[timex.start] in START_CUES

    @staticmethod
    def _prefer_stated_start(doc: Doc, relations: list[tuple[str, MentionInfo, MentionInfo]]):
        """An event dated twice keeps the date said to be its start ("held 8/13, enoxaparin
        injections starting 8/14"): TIME points to the start of the event."""
        def starts(timex: MentionInfo) -> bool:
            return KoebnerRelations._states_start(doc, timex)

        by_event: dict[tuple[int, int], list[MentionInfo]] = {}
        lesions: set[tuple[int, int]] = set()
        for rel_type, event, arg in relations:
            if rel_type == "TIME":
                by_event.setdefault((event.start, event.end), []).append(arg)
                if event.label_ != "TRAUMA":
                    lesions.add((event.start, event.end))
        dropped = set()
        lower = token_view(doc).lower
        for key, timexes in by_event.items():
            if len(timexes) < 2:
                continue
            onsets = {t.key for t in timexes if key in lesions and _said_onset(doc, lower, t)}
            if onsets:
                # "the plaque lies inside the skin heated nightly from 25 Dec; onset mid-Jan":
                # the time called the onset is the lesion's start, whatever else began before it
                dropped |= {(key, (t.start, t.end)) for t in timexes if t.key not in onsets}
                continue
            stated = {t.key for t in timexes if starts(t)}
            # a start told of another thing past the event's own nearer time is that thing's
            # ("scrape 24 Dec 2022, colour change from 7 Jan 2023"), and so is one told in an
            # earlier clause when the event's own participle dates it ("pain began 8/2 per pt, at
            # the site of the punch biopsy done in May")
            own_after = _own_time_after(lower, key, timexes)
            others = {t.key for t in timexes if t.key in stated
                      and (_told_of_another(lower, key, t, timexes)
                           or (own_after is not None and t.end <= key[0]
                               and bool(CLAUSE_BREAKS.intersection(lower[t.end:key[0]]))))}
            if others:
                dropped |= {(key, (t.start, t.end)) for t in timexes if t.key in others}
            elif stated:
                dropped |= {(key, (t.start, t.end)) for t in timexes if t.key not in stated}
        if not dropped:
            return relations
        return [r for r in relations if r[0] != "TIME"
                or ((r[1].start, r[1].end), (r[2].start, r[2].end)) not in dropped]

    def _score(self, pairs: PairContext, sections: "SectionIndex", relation) -> float:
        rel_type, event, arg = relation
        features = pairs.features(event, arg, sections.at(event.start_char))
        return score_present(self.model[rel_type], features)

    def _probability(self, doc: Doc, relation: tuple[str, Span, Span], all_mentions: list[Span],
                     sent_of: list[int]) -> float:
        """The model's probability of a relation between Spans of ``doc`` (for ``explain``)."""
        rel_type, event, arg = relation
        pairs = PairContext(doc, mention_infos(doc, all_mentions), sent_of)
        return self._score(pairs, SectionIndex(doc._.koebner_sections or []),
                           (rel_type, MentionInfo(doc, event), MentionInfo(doc, arg)))

    def _model_pairs(self, pairs: PairContext, sections: "SectionIndex",
                     found: set[tuple[str, int, int]] = frozenset()
                     ) -> list[tuple[str, MentionInfo, MentionInfo]]:
        """The candidate pairs the model is confident about, leaving out those ``found``
        already, by ``(type, event start, arg start)``."""
        relations = []
        for rel_type, event, arg in pairs.candidates(self.model_types):
            if (rel_type, event.start, arg.start) in found:
                continue
            if rel_type == "TIME" and self._is_future(pairs.anchor, arg):
                continue
            weights = self.model[rel_type]
            features = pairs.features(event, arg, sections.at(event.start_char))
            if score_present(weights, features) >= weights["threshold"]:
                relations.append((rel_type, event, arg))
        return relations

    def _with_rules(self, doc: Doc) -> Doc:
        """The doc with the nearest-mention rules' relations alone (no model), as ``explain``
        shows them."""
        doc._.koebner_relations = self._rule_relations(doc)
        return doc

    def _rule_relations(self, doc: Doc) -> list[tuple[str, Span, Span]]:
        """Relations by the nearest-mention rules; drops SITE mentions no event shares a
        sentence with from the doc's mentions."""
        relations, _ = self._rule_pairs(doc, mention_infos(doc, mentions(doc)),
                                        sentence_starts(doc))
        return [(rel_type, event.span, arg.span) for rel_type, event, arg in relations]

    def _rule_pairs(self, doc: Doc, infos: list[MentionInfo], sent_of: list[int],
                    objects: set | None = None):
        """(relations, kept mentions) by the nearest-mention rules over the doc's mentions in
        text order; sets the doc's mentions to the kept ones (SITE mentions no event shares a
        sentence with are dropped). ``objects`` are the lesions procedures act on
        (:func:`procedure_objects`), which take no time; found here when not given."""
        relations: list[tuple[str, MentionInfo, MentionInfo]] = []
        kept: list[MentionInfo] = []
        tokens = token_view(doc)
        if objects is None:
            objects = procedure_objects(tokens.lower, infos)
        anchor = note_date(doc)
        anchor = anchor.isoformat() if isinstance(anchor, date) else None
        text = None
        event_lines: set[int] | None = None
        # an event said to be on the other side needs one of these words in the doc
        other_side = not OTHER_SIDE_WORDS.isdisjoint(tokens.lower)
        site_starts = {m.start for m in infos if m.label_ == "SITE"} if other_side else set()
        for sentence_mentions, events, sites, timexes, traumas in self._by_sentence(infos, sent_of):
            if sites and not events:
                # a place that heads its line ("1) Left hand dorsum: began after ... Tense
                # bulla with crust.") stays when an event follows on that line
                if event_lines is None:
                    text = doc_text(doc)
                    event_lines = {line_bounds(text, m.start_char, m.end_char)[0]
                                   for m in infos if m.label_ in EVENTS}
                kept += [m for m in sentence_mentions if m.label_ != "SITE" or (
                    line_bounds(text, m.start_char, m.end_char)[0] in event_lines
                    and heading_end(text, m.start_char, m.end_char) is not None)]
            elif events:
                kept += sentence_mentions
            else:
                kept += [m for m in sentence_mentions if m.label_ != "SITE"]
            if not events:
                continue
            groups = self._site_groups(tokens, sites)
            if not groups and not timexes:
                continue  # no place and no time in the sentence: its events take no relation
            # "into the right lower quadrant because the catheter is on the other side": an aside
            # on another place, which takes neither the sentence's site nor its time
            elsewhere = {e.key for e in events
                         if _on_the_other_side(tokens.lower, e.end, site_starts)} if other_side else set()
            if sites and not BARE_SIDES.keys().isdisjoint(tokens.lower[events[0].end:events[-1].end + 6]):
                # "the fall was onto the left hip; the lesion is on the right": the sentence's
                # site is on the side the event is said not to be on
                elsewhere |= _on_the_bare_other_side(doc, tokens.lower, events, sites)
            # the rules below look for a semicolon between two of the sentence's mentions: none
            # can be there when none lies between its first and last mention
            last_end = max(map(_END, sentence_mentions))
            semicolons = ";" in tokens.text[sentence_mentions[0].start:last_end]
            if groups:
                if text is None:
                    text = doc_text(doc)
                # "insulin into the right thigh, 10 cm proximal to the ulcer": a lesion the place
                # is measured from lies elsewhere, and takes no site of the sentence
                landmarks = {e.key for e in events
                             if e.label_ != "TRAUMA" and _event_is_landmark(tokens.lower, e, sent_of)}
                relations += self._locations(doc, tokens, text, events, traumas, groups, elsewhere | landmarks,
                                             semicolons, sent_of)
            for timex in timexes:
                ended = ends_something(tokens.lower, timex.start)
                if self._is_future(anchor, timex) or (ended and not _until_when(tokens.lower, timex)):
                    continue
                # "brace on since January; the plaques lie along its edge": the time dates
                # an event of its own item when it has one
                own = [e for e in events if ";" not in tokens.text[min(e.end, timex.end):
                                                                   max(e.start, timex.start)]] if semicolons else events
                # a time that opens its sentence ("About two weeks ago, on the 3rd, she
                # noticed … and it formed a black crust") dates what follows at any distance
                opens = timex.start - sent_of[timex.start] <= MAX_TOKENS_BEFORE_AN_OPENING_TIME \
                    and not any(e.end <= timex.start for e in events)
                if not own and semicolons and not _clause_tells_onset(tokens.lower, timex.start, sent_of):
                    # "plaque on the L thigh; started warfarin about 2 wks ago": the time of a
                    # clause of its own with no mention is that clause's (a drug, dialysis), not
                    # the start of an event across the semicolon
                    continue
                candidates = [e for e in (own or events) if e.key not in objects and e.key not in elsewhere]
                if timex.end < len(tokens.lower) and tokens.lower[timex.end] in UNTIL_WORDS:
                    # "from mid-November until the ulcer showed up, she warmed the calf": the
                    # event after "until" ends the period the time starts; it is not dated by it
                    stop = next((i for i in range(timex.end + 1, len(tokens.lower))
                                 if tokens.lower[i] in (",", ";") or sent_of[i] != sent_of[timex.start]),
                                len(tokens.lower))
                    candidates = [e for e in candidates if not (timex.end < e.start < stop)]
                if ended:
                    # "heating pad nightly until March, when the plaque appeared": the time ends
                    # what comes before it and dates only the "when" clause after it
                    candidates = [e for e in candidates if e.start >= timex.end]
                # "first seen on the evening of 5/3 where the cold packs had been resting": a
                # trauma in a "where" clause after the time is the place's, not dated by it
                candidates = [e for e in candidates if not (
                    e.label_ == "TRAUMA" and e.start >= timex.end
                    and "where" in tokens.lower[timex.end:e.start]
                    and not CLAUSE_BREAKS.intersection(tokens.lower[timex.end:e.start]))]
                stated_start = self._states_start(doc, timex)
                if _dates_dialysis(tokens.lower, timex.start, sent_of[timex.start]):
                    # "ESRD on HD since 10/2015 (HRS), getting serial paracenteses": the time
                    # is when dialysis began; an event after a break is not dated by it
                    candidates = [e for e in candidates if not _after_a_break(tokens.lower, timex, e)]
                if stated_start and any(
                        e.end <= timex.start and e.label_ == "TRAUMA"
                        and not CLAUSE_BREAKS.intersection(tokens.lower[e.end:timex.start])
                        for e in candidates):
                    # "injecting into one area of skin ... since early March, and the plaque
                    # came up there in mid-May": the start closes the trauma's clause
                    # ... and a dash ends it too ("lay nightly since 12/25/2022 - calciphylaxis")
                    candidates = [e for e in candidates if not (
                        e.start >= timex.end
                        and (CLAUSE_BREAKS.intersection(tokens.lower[timex.end:e.start])
                             or DASHES.intersection(tokens.lower[timex.end:e.start])))]
                # "the shin ulcers have got much bigger since Friday": the time dates the
                # change, not the start of the lesions before it
                candidates = [e for e in candidates
                              if e.label_ == "TRAUMA"
                              or not _dates_progression(tokens.lower, e, timex, sent_of[timex.start])]
                if _follows_onset(tokens.lower, timex.start, sent_of):
                    # "calciphylaxis, onset ~mid-Jan 2022, bx-proven": the disease's start
                    candidates = [e for e in candidates if e.label_ != "TRAUMA"]
                elif _follows_lesion_onset(tokens.lower, timex.start, sent_of):
                    # "violaceous patches over the shin, just beneath his compression wrap, came
                    # on about 10 days ago": the verb tells the lesion's start; a trauma named
                    # after the lesion as its place did not come on, nor did one named after the
                    # time ("present since early May, right where her daughter gives the enoxaparin")
                    first_lesion = min((e.start for e in candidates
                                        if e.label_ != "TRAUMA" and e.end <= timex.start), default=None)
                    if first_lesion is None and _pronoun_onset(tokens.lower, timex.start, sent_of):
                        # "It appeared in early June just beneath the knee brace": the pronoun
                        # is the lesion; the trauma after the time is its place
                        first_lesion = sent_of[timex.start]
                    if first_lesion is not None:
                        candidates = [e for e in candidates if not (
                            e.label_ == "TRAUMA" and first_lesion < e.start)]
                if _dates_a_state(tokens.lower, timex.start, sent_of):
                    # "sore by the navel, right where she does her shot, been like that since
                    # 4/2": how the lesion before it has looked, past the clause of its place
                    event = max((e for e in candidates if e.label_ != "TRAUMA" and e.end <= timex.start),
                                key=lambda e: e.end, default=None)
                else:
                    event = self._nearest_event(timex, candidates, opens, tokens.lower, stated_start)
                if event is not None:
                    relations.append(("TIME", event, timex))
        set_mentions(doc, kept)
        return relations, kept

    def _locations(self, doc: Doc, tokens: TokenView, text: str, events: list[MentionInfo],
                   traumas: list[MentionInfo], groups: list[list[MentionInfo]], elsewhere: set,
                   semicolons: bool, sent_of: list[int]) -> list[tuple[str, MentionInfo, MentionInfo]]:
        """LOCATION relations of one sentence's events (``events``, of which ``traumas`` are the
        traumas) with its site groups (``groups``, in text order; at least one). ``tokens`` is the
        doc's token view, ``text`` its text; ``elsewhere`` are the keys of events said to be on
        the other side; ``semicolons`` whether a ";" stands between any two of the sentence's
        mentions."""
        lower = tokens.lower
        # "eschar the same; nothing on the thighs": a place said to hold nothing is not the place
        # of an event before it (a bracket after it may still name what is there)
        denied = [i for i, g in enumerate(groups) if _nothing_there(lower, g[0].start)]
        closes = [_closing_bracket(tokens.text, sent_of, g[0].start, g[-1].end) for g in groups]
        # a group no bracket closes fits every event without a region of its own: with no such
        # bracket in the sentence (most), those events start from all the groups
        bracketed = closes.count(None) < len(closes)
        # "After the injection she pointed out a tender nodule on her left thigh": a trauma
        # that only dates the clause is not at the clause's place
        fronted = {e.key for e in traumas if _in_fronted_time_phrase(lower, e, sent_of[e.start])} \
            if traumas else set()
        trauma_starts = {e.start for e in traumas}
        relations = []
        for event in events:
            if event.key in elsewhere or event.key in fronted:
                continue
            its_groups, its_closes = groups, closes
            # "the ulcer did not arise at the puncture on the R thigh", "the eschar is not at the
            # scar on the L thigh": a place after a negated verb of place is where the lesion is not
            refused = {i for i, g in enumerate(groups) if event.label_ != "TRAUMA"
                       and g[0].start >= event.end and _placed_not_at(lower, event.end, g[0].start)}
            if denied or refused:
                keep = [i for i in range(len(groups)) if not (
                    (i in denied or i in refused) and groups[i][0].start >= event.end)]
                if not keep:
                    continue
                its_groups, its_closes = [groups[i] for i in keep], [closes[i] for i in keep]
            group = self._place_of(doc, tokens, text, event, events, its_groups, its_closes if bracketed else None,
                                   trauma_starts, semicolons, sent_of)
            if group is not None:
                relations += [("LOCATION", event, site) for site in group]
        return relations

    def _place_of(self, doc: Doc, view: TokenView, text: str, event: MentionInfo, events: list[MentionInfo],
                  groups: list[list[MentionInfo]], closes: list[int | None] | None, trauma_starts: set[int],
                  semicolons: bool, sent_of: list[int]) -> list[MentionInfo] | None:
        """The site group that is the event's place: the nearest of those each rule below leaves
        (None when none is left; every rule only narrows the groups, so an empty list ends the
        search). ``groups`` are in text order, so those starting before the event's end come first;
        ``closes`` the closing bracket of each (None: no group is in brackets)."""
        tokens, lower = view.text, view.lower
        # a procedure that names its own region is not placed at another region's site; a site
        # in brackets is an aside on what precedes it ("prior calciphylaxis (2017, abdomen,
        # resolved) presents with calf pain and discoloration"): not the site of an event after
        # the closing bracket. (No rule below changes a list in place: the groups may be kept as
        # they are.)
        if closes is None and not event.region:
            fitting = groups
        else:
            fitting = [g for g, close in zip(groups, closes or repeat(None))
                       if (not event.region or any(site.region == event.region for site in g))
                       and (close is None or event.start <= close)]
        if fitting and event.label_ == "TRAUMA":
            fitting = self._trauma_places(doc, view.text, event, events, fitting, semicolons)
            close = _closing_bracket(tokens, sent_of, event.start, event.end) if fitting else None
            if close is not None:
                # "(IV abx done, PICC pulled 6/2) for a dusky patch on the L forearm": a trauma
                # told in an aside is not at the place of a lesion the sentence goes on to
                fitting = [g for g in fitting if not (g[0].start > close and any(
                    close < e.start < g[0].start for e in events if e.label_ != "TRAUMA"))]
        if not fitting:
            return None
        if semicolons and any(g[0].start >= event.end and ";" not in tokens[event.end:g[0].start] for g in fitting):
            # "necrosis confined to the left calf; heparin injection sites on the right calf": an
            # event with a place of its own after it, in its item, does not reach back over a
            # semicolon into the item before
            fitting = [g for g in fitting if not (g[-1].end <= event.start and ";" in tokens[g[-1].end:event.start])]
        before = [g for g in fitting if g[0].start < event.end]  # a prefix: the groups are in text order
        if len(before) < len(fitting):
            # "R thigh plaque with central eschar; L thigh soft": a site after a semicolon opens the
            # next item, not the place of an event before it; when a site before the event is
            # there, so does one after a comma that is the subject of its own verb ("... and a
            # dark crust, right thigh has some lipohypertrophy"). A site past a comma that heads a
            # trauma's noun ("graze below the wound, no head injury") is the trauma's own, not the
            # place of a lesion before it (a lesion's site stays shared: "debridement of
            # eschar/slough, L breast wound"); and one heading a later line ("... purpura |
            # alginate\nR upper arm - intact") is that line's, not the place of an event before it
            lesion = event.label_ != "TRAUMA"
            fitting = before + [g for g in fitting[len(before):] if not (
                (before and ((semicolons and ";" in tokens[event.end:g[0].start])
                             or _opens_a_clause(lower, event.end, g)))
                or (lesion and g[-1].end in trauma_starts and "," in tokens[event.end:g[0].start])
                or heads_a_later_line(text, event.end_char, g[0].start_char, g[-1].end_char))]
        if event.label_ != "TRAUMA":
            # "eschar lifting, no new lesions, calves clear": a place the sentence says is clear
            # holds no lesion; a denied one stays there ("knees intact, no ulcer"). The word test
            # first: most sentences say no place is clear, and then negation is never looked up
            unclear = [g for g in fitting if not _said_clear(lower, g[-1].end)]
            if len(unclear) < len(fitting) and not _negated(doc, event):
                if not unclear:
                    return None
                fitting = unclear
        if event.label_ != "TRAUMA" and trauma_starts and len(fitting) > len(before):
            # "the ulcer lies outside his injection area, which is kept around the umbilicus": a
            # place told of a trauma the lesion is said to be away from is that trauma's only
            fitting = [g for g in fitting if not _away_at_trauma(lower, event, g, events)]
            before = [g for g in fitting if g[0].start < event.end]
        if event.label_ != "TRAUMA" and fitting:
            # "the ulcer sits well away from the knee, halfway down the shin": a place the lesion
            # is said to lie away from is where it is not
            fitting = [g for g in fitting if not _told_away(lower, event, g, sent_of)]
            if not fitting:
                return None
            before = [g for g in fitting if g[0].start < event.end]
        if before and event.label_ != "TRAUMA" and trauma_starts:
            # "enoxaparin injected into the abdomen and both thighs, and she was switched to
            # apixaban because of the ulcer": a place a trauma's clause took, closed by ", and",
            # is not the place of a lesion after it (only a group before the lesion can be)
            fitting = [g for g in fitting if not _trauma_clause_place(lower, events, g, event)]
        if event.label_ == "TRAUMA" and fitting and fitting[0][0].start < event.start:
            away = _set_apart_from(lower, event.start, sent_of[event.start])
            if away is not None:
                # "the plaque lies on the mid lateral thigh, well separated from the contusion
                # area": the place before the words that set the trauma apart is the lesion's
                fitting = [g for g in fitting if g[0].start > away]
                if not fitting:
                    return None
        if len(fitting) > 1:
            # "a livedoid rim extending toward the knee": where it spreads to is a direction, not
            # its place, when the sentence gives another; nor is the landmark a place is measured
            # from ("left thigh, 5 cm proximal to the patella: plaque ...")
            aimed = [_direction_only(lower, g[0].start, sent_of)
                     or (k > 0 and _landmark_of(lower, fitting[k - 1], g, events, sent_of))
                     for k, g in enumerate(fitting)]
            if any(aimed) and not all(aimed):
                fitting = [g for g, toward in zip(fitting, aimed) if not toward]
        return self._nearest(event, fitting, self.site_weight)

    @staticmethod
    def _trauma_places(doc: Doc, tokens: list[str], trauma: MentionInfo, events: list[MentionInfo],
                       fitting: list[list[MentionInfo]], semicolons: bool) -> list[list[MentionInfo]]:
        """The site groups of ``fitting`` that may be the place of a trauma of the sentence
        (``tokens``: the doc's token texts)."""
        # "calciphylaxis of both thighs; the other sores are look-alikes at sites of pressure": a
        # clause after a semicolon with a lesion of its own is another item, and its trauma does
        # not reach back over the semicolon for a place
        lesion_starts = [e.start for e in events if e.label_ != "TRAUMA" and e.start < trauma.start]

        def another_item(group) -> bool:
            if group[-1].end > trauma.start:
                return False
            first = next((i for i in range(group[-1].end, trauma.start) if tokens[i] == ";"), None)
            return first is not None and any(first < s for s in lesion_starts)
        if semicolons and lesion_starts:
            fitting = [g for g in fitting if not another_item(g)]
        # "Injection routine: he has never injected into the abdomen": a place that is what a
        # denied trauma of the same kind after this one is about is not this one's
        denied = [e.end for e in events if e.label_ == "TRAUMA" and e.start >= trauma.end
                  and e.trauma_type == trauma.trauma_type and _negated(doc, e)]
        if denied:
            fitting = [g for g in fitting if not any(end <= g[0].start for end in denied)]
        return fitting

    @staticmethod
    def _by_sentence(infos: list[MentionInfo], sent_of: list[int]):
        """``(mentions, events, sites, times, traumas)`` of each sentence with a mention, in text
        order (``infos`` are in text order): its mentions, and those of each kind, listed in one
        pass over the doc's mentions."""
        mentions = events = sites = timexes = traumas = None
        current_sent = None
        for mention in infos:
            sent_start = sent_of[mention.start]
            if sent_start != current_sent:
                if mentions:
                    yield mentions, events, sites, timexes, traumas
                mentions, events, sites, timexes, traumas = [], [], [], [], []
                current_sent = sent_start
            mentions.append(mention)
            label = mention.label_
            if label == "SITE":
                sites.append(mention)
            elif label == "TIMEX":
                timexes.append(mention)
            elif label in EVENTS:
                events.append(mention)
                if label == "TRAUMA":
                    traumas.append(mention)
        if mentions:
            yield mentions, events, sites, timexes, traumas

    @staticmethod
    def _site_groups(tokens, sites: list[MentionInfo]) -> list[list[MentionInfo]]:
        groups: list[list[MentionInfo]] = []
        lower = tokens.lower
        for site in sites:
            if groups:
                gap = range(groups[-1][-1].end, site.start)
                # the length first: a long gap is not read token by token
                if len(gap) <= 4 and all(lower[i] in CONNECTORS or tokens.column("is_space")[i] for i in gap):
                    groups[-1].append(site)
                    continue
            groups.append([site])
        return groups

    @staticmethod
    def _nearest(event: MentionInfo, groups: list[list[MentionInfo]], following_weight: float):
        best, best_cost = None, float("inf")
        for group in groups:
            if group[0].start >= event.end:
                cost = group[0].start - event.end
            elif group[-1].end <= event.start:
                cost = (event.start - group[-1].end) * following_weight
            else:  # the site sits inside the event phrase
                cost = 0
            if cost < best_cost:
                best, best_cost = group, cost
        return best

    def _nearest_event(self, timex: MentionInfo, events: list[MentionInfo],
                       opens_sentence: bool = False, lower: list[str] | None = None,
                       stated_start: bool = False) -> MentionInfo | None:
        best, best_cost = None, float("inf")
        # an event in a bracket opened after a start is an aside ("insulin into the L thigh
        # since June 2018 (R heel sore since her fracture)"): not the start's while an event
        # before the time can take it. A bracket after a plain date may name the very event
        # ("excised a naevus on 09/08/2022 (elliptical excision, ...)")
        if lower is not None and stated_start and any(e.end <= timex.start for e in events):
            events = [e for e in events if e.start < timex.end or "(" not in lower[timex.end:e.start]]
        for event in events:
            if event.end <= timex.start:
                if lower is not None and relative_clause_between(lower, event.end, timex.start):
                    continue  # the time of a clause of its own ("that he has kept ... since April")
                cost = timex.start - event.end
            elif event.start - timex.end > MAX_TOKENS_TO_A_LATER_EVENT and not opens_sentence:
                continue  # "on HD since 2019, and …, and comes for painful lesions": not theirs
            else:
                cost = max(event.start - timex.end, 0) * self.event_weight
            if cost < best_cost:
                best, best_cost = event, cost
        return best

    @staticmethod
    def _is_future(anchor: str | None, timex: MentionInfo) -> bool:
        """Whether the timex's value lies after ``anchor``, the note's ISO day (None: unknown)."""
        value = timex.timex_value
        if not value or anchor is None:
            return False
        return value > anchor[: len(value)]


CLAUSE_BREAKS = {",", ";", "and", "but", "then", "comma"}
# the place a trauma left, between it and the time that names it ("her biopsy site from 5/17")
TRAUMA_PLACE_WORDS = frozenset({"site", "sites", "scar", "scars", "wound", "incision", "area", "spot", "mark",
                                "marks"})
_END = attrgetter("end")
DASHES = {"-", "–", "—", "--"}
# a participle of use that ties the time after it to the thing before it ("the heat lamp used
# since October", "the brace worn from March"): the time is that thing's start
USE_PARTICIPLES = {"used", "worn", "applied", "given", "placed", "kept", "injected", "administered",
                   "put", "on", "in", "use"}
# ... and words of how often, which keep the time with it ("lovenox was injected every day
# starting 04/02")
USE_FREQUENCY = {"every", "each", "day", "days", "daily", "night", "nights", "nightly", "morning",
                 "mornings", "evening", "evenings", "week", "weekly", "twice", "once", "a", "regularly",
                 "always", "there", "repeatedly", "often", "frequently", "constantly", "continually",
                 "continuously", "intermittently", "several", "times", "hourly", "many"}
# ... and the marks that set such words aside ("his weekly Epo site (used since Jan 2024)")
USE_ASIDES = {"(", ",", "-", "\u2013"}
CLAUSE_VERBS = {"has", "have", "had", "shows", "show", "showed", "is", "are", "was", "were",
                "looks", "look", "appears", "appear", "remains", "remain", "demonstrates"}


# a lesion said to lie away from a trauma ("outside the injection area", "remote from the shots")
AWAY_WORDS = frozenset({"outside", "away", "distant", "remote", "apart", "separate", "separated", "beyond"})
# the words that open a noun phrase: articles, possessives, demonstratives ("her 6/2 injection",
# "toward the knee", "a hand's breadth above these ulcers")
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those",
                         "my", "your", "his", "her", "its", "our", "their"})
# what may stand between "away from" and the trauma it names ("separated from the old contusion")
_AWAY_DETERMINERS = DETERMINERS | {"old", "prior", "previous", "earlier", "original"}


def _set_apart_from(lower: list[str], start: int, first: int) -> int | None:
    """The away word of "(well) separated from the ..." / "away from her old ..." standing just
    before the trauma at token ``start`` (in the sentence that begins at token ``first``), else None."""
    i = start - 1
    while i >= first and i >= start - 3 and lower[i] in _AWAY_DETERMINERS:
        i -= 1
    if i - 1 < first or lower[i] != "from" or lower[i - 1] not in AWAY_WORDS:
        return None
    return i - 1


def _names_before(lower: list[str], timex: MentionInfo, trauma: MentionInfo) -> bool:
    """Whether the time stands inside the trauma's own noun phrase, after its determiner and at
    most two words before its noun ("her 6/2 knee injection", "the 2019 hernia repair")."""
    return (timex.start >= 1 and lower[timex.start - 1] in DETERMINERS
            and timex.end <= trauma.start <= timex.end + 2
            and all(word.isalpha() for word in lower[timex.end:trauma.start]))


def _told_in_use(words: list[str]) -> bool:
    """Whether the words between a trauma and the time after it tie the time to the trauma's use:
    a participle of use and words of how often ("the heat lamp used since October"); a line may
    wrap between them."""
    return all(w in USE_PARTICIPLES or w in USE_FREQUENCY or w in START_CUES or w in USE_ASIDES
               for w in words if not w.isspace())


# participles of an act done to the skin at one time ("the shots given in August", "the booster
# administered in the ED on 3/2", "the iron that went IM")
ACT_PARTICIPLES = frozenset({"given", "administered", "received", "injected", "placed", "inserted", "done",
                             "performed", "applied", "went"})
GIVEN_PLACES = frozenset({"here", "there", "the", "ed", "clinic", "office", "pharmacy", "at", "by"})
# where the act went in, between it and its time ("injected into that thigh in August", "went IM
# into this same spot in Feb"): a preposition of entry, then a place of a few words
INTO_WORDS = frozenset({"into", "in", "to"})
INTO_PLACE_MAX = 4


def _told_given(lower: list[str], trauma_start: int, trauma_end: int, time_start: int) -> bool:
    """Whether the words from the end of a trauma to the time after it tell when the trauma was
    given: a participle of the act (among the trauma's last three words or right after it), then
    only places and "in"/"on" ("doses given here in Sept", "shots given in the ED in August"), or
    the place it went into ("injected into that thigh in August")."""
    words = [w for w in lower[trauma_end:time_start] if not w.isspace()]
    if ACT_PARTICIPLES.intersection(lower[max(trauma_start, trauma_end - 3):trauma_end]):
        rest = words
    elif words and words[0] in ACT_PARTICIPLES:
        rest = words[1:]
    else:
        return False
    if len(rest) <= 5 and all(w in GIVEN_PLACES or w in ("in", "on") for w in rest):
        return True
    # "into this same spot in": entry, a short place of plain words, then "in"/"on" the time
    return (len(rest) >= 3 and rest[0] in INTO_WORDS and rest[-1] in ("in", "on")
            and len(rest) - 2 <= INTO_PLACE_MAX and all(w.isalpha() for w in rest[1:-1])
            and not CLAUSE_BREAKS.intersection(rest))


def _opens_a_clause(lower: list[str], after: int, group: list[MentionInfo]) -> bool:
    """Whether the site ``group``, after a comma (typed or dictated) that follows token
    ``after``, is the subject of a verb of its own: it opens the next clause."""
    end = group[-1].end
    return end < len(lower) and lower[end] in CLAUSE_VERBS \
        and any(word in (",", "comma") for word in lower[after:group[0].start])


PROCEDURE_OBJECT_WORDS = {"the", "a", "an", "her", "his", "their", "this", "that", "these",
                          "those", "both", "all", "two", "three", "several", "multiple",
                          "scar", "skin"}
PROCEDURE_OBJECT_PREPOSITIONS = {"of", "from"}


# a trauma told as a verb acting on what follows ("scratching the dry spots", "rubbing a rough
# patch", "picking at the scab"): the lesion word is its object
ACTING_VERB_ENDINGS = ("ing", "ed")
ACTING_OBJECT_WORDS = PROCEDURE_OBJECT_WORDS | {"one", "some", "dry", "rough", "same", "at", "on"}
# a heat, cold or pressure source placed on what follows ("the heat pad under that sore", "the
# ice pack on the ulcer"): the lesion word is where it sits
PLACE_PREPOSITIONS = frozenset({"under", "on", "over", "against", "onto", "beneath", "across", "along", "upon"})


def procedure_objects(lower: list[str], infos: list[MentionInfo]) -> set:
    """Keys of the lesions that are the object of a procedure just before them ("debridement of
    the eschar", "excision of a necrotic ulcer", "punch from L thigh plaque": between them only
    "of" or "from", determiners and the words of a site), or of a trauma verb ("scratching the
    dry spots", "rubbing a rough patch", "icing the L flank spot": determiners, a few plain words
    and the words of a site between them), or of a heat, cold or pressure source placed on it
    ("the heat pad under that sore"). The time of that act is not the lesion's start. ``lower``
    are the doc's lower-case token texts, ``infos`` mentions in text order."""
    objects = set()
    site_tokens = None  # the tokens of the doc's sites, listed for the first trauma a lesion follows
    events = [m for m in infos if m.label_ in EVENTS]
    for act, lesion in zip(events, events[1:]):
        if act.label_ != "TRAUMA" or lesion.label_ != "LESION" or lesion.start - act.end > 6:
            continue
        if site_tokens is None:
            site_tokens = {i for m in infos if m.label_ == "SITE" for i in range(m.start, m.end)}
        gap = range(act.end, lesion.start)
        if act.trauma_type == "procedure":
            if gap and lower[gap[0]] in PROCEDURE_OBJECT_PREPOSITIONS \
                    and all(lower[i] in PROCEDURE_OBJECT_WORDS or i in site_tokens for i in gap[1:]):
                objects.add(lesion.key)
        elif act.end - act.start == 1 and lower[act.start].endswith(ACTING_VERB_ENDINGS) \
                and all(lower[i] in ACTING_OBJECT_WORDS or i in site_tokens for i in gap):
            objects.add(lesion.key)
        elif act.trauma_type in ("thermal", "pressure") and gap and lower[gap[0]] in PLACE_PREPOSITIONS \
                and all(lower[i] in PROCEDURE_OBJECT_WORDS for i in gap[1:]):
            objects.add(lesion.key)
    return objects


# the words a clause after a semicolon may hold before its time and still tell only when the
# event before the semicolon began ("; first noticed about 2 wks ago", "; present x 3 days")
SEMICOLON_ONSET_WORDS = frozenset(START_CUES | ONSET_CUES | {
    "first", "noticed", "seen", "observed", "appeared", "present", "came", "up", "on", "developed",
    "showed", "it", "this", "they", "these", "that", "has", "have", "had", "been", "was", "were",
    "is", "are", "pt", "patient", "reports", "reported", "states", "stated", "says", "per",
    "initially", "x", "for", "in", "at", "over", "the", "last", "past", "about", "approx",
    "approximately", "around", "roughly", "~", ":", ",", "-", "duration", "of", "noted"})


def _clause_tells_onset(lower: list[str], start: int, sent_of: list[int]) -> bool:
    """Whether the words between the last semicolon of the sentence before token ``start`` (a
    time) and the time only say when something began ("; first noticed about 2 wks ago"), not
    what else happened then ("; started warfarin 2 wks ago", "; on HD since 2015"); a time
    before any semicolon of its sentence is not judged here."""
    first = sent_of[start]
    semicolon = next((i for i in range(start - 1, first - 1, -1) if lower[i] == ";"), None)
    if semicolon is None:
        return True  # the time is in the sentence's first clause ("Since May it has hurt; a plaque")
    return all(word in SEMICOLON_ONSET_WORDS for word in lower[semicolon + 1:start])


ONSET_WORDS = {"onset", "onset:"}
ONSET_FILLERS = {"~", ":", "of", "approx", "approximately", "around", "about", "roughly", "circa",
                 "ca", "-", "="}


# words of a lesion's change, not its start ("bigger since Friday", "worse over the last week")
CHANGE_WORDS = frozenset({"bigger", "larger", "worse", "worsened", "worsening", "wider", "deeper", "darker",
                          "grown", "grew", "enlarged", "enlarging", "spread", "spreading", "extended",
                          "increased", "doubled", "progressed", "progressing", "expanded", "expanding"})


# words that may stand between a time and a start told of the same event ("for 3 weeks, starting
# 3/1"): anything else names another thing the start is told of
_TIME_JOINERS = {",", ";", "-", "and", "then", "but", "the", "a", "an", "(", ")", "/"}


def _told_of_another(lower: list[str], event: tuple[int, int], stated: MentionInfo,
                     timexes: list[MentionInfo]) -> bool:
    """Whether a start ``stated`` after another of the event's times is told of something else
    named between them: "scrape 24 Dec 2022, colour change from 7 Jan 2023" (the change began
    on 7 Jan, the scrape was on 24 Dec)."""
    if stated.start < event[1]:
        return False
    nearer = [t for t in timexes if event[1] <= t.end <= stated.start and t is not stated]
    if not nearer:
        return False
    gap_start = max(t.end for t in nearer)
    return any(w not in _TIME_JOINERS and w not in START_CUES for w in lower[gap_start:stated.start])


# a participle of doing and its preposition, which tie the time after them to the event just
# before ("the punch biopsy done in May", "a skin tear sustained on 3/2", "shot given on 10/4")
DONE_PARTICIPLES = {"done", "performed", "taken", "obtained", "sustained", "received", "given",
                    "placed", "inserted", "removed", "had", "got", "was", "were"}
DONE_PREPOSITIONS = {"in", "on", "at", "back", "around", "about", "during"}


def _own_time_after(lower: list[str], event: tuple[int, int], timexes: list[MentionInfo]) -> MentionInfo | None:
    """The time of ``timexes`` a participle of doing ties to the event just before it ("biopsy
    done in May", "biopsy performed 5/16"), else None."""
    for t in timexes:
        between = lower[event[1]:t.start]
        if 1 <= len(between) <= 3 and between[0] in DONE_PARTICIPLES \
                and all(w in DONE_PARTICIPLES or w in DONE_PREPOSITIONS for w in between):
            return t
    return None


# tokens that end a clause: an opening time dates no event past one
CLAUSE_ENDS = {";", ".", "?", "!"}
# prepositions that open a sentence with its time ("On Christmas Eve ...", "In March 2023 ...")
OPENING_PREPOSITIONS = {"on", "in", "during", "over", "at", "around", "about", "by"}


def _opens_the_clause(lower: list[str], event: MentionInfo, timex: MentionInfo, sent_start: int) -> bool:
    """Whether the time opens its sentence after a preposition (a heading such as "Story:" may
    stand before it) and the event follows in the same clause: "On New Year's Day the car door
    swung shut against her shin, leaving a deep bruise"; or opens it alone and the event is an
    injury: "Two days ago, up in the night, her shin struck the bed frame". A date that heads
    its line ("3/2: fell in the garden", "05/01/2019 - seen in clinic") is the line's date,
    not one told of the event."""
    if event.start < timex.end:
        return False
    before = lower[sent_start:timex.start]
    if ":" in before:
        before = before[len(before) - before[::-1].index(":"):]
    if before:
        if len(before) != 1 or before[0] not in OPENING_PREPOSITIONS:
            return False
    elif event.label_ != "TRAUMA" or event.trauma_type != "accidental" or (
            timex.end < len(lower) and lower[timex.end] in HEADING_MARKS):
        # a bare time opens the story of an injury ("Two days ago, ..., her shin struck the
        # bed frame"); an exposure or a lesion after it has its own cues
        return False
    return not CLAUSE_ENDS.intersection(lower[timex.end:event.start])


# what follows a date that heads its line ("3/2: ulcer larger", "05/01/2019 - seen")
HEADING_MARKS = {":", "-", "–", "—", "--", "\n"}


# "until" and its spellings before a time that ends a span (time_ends.END_CUES says which
# times end something at all; a time after these may also open a "when" clause)
UNTIL_WORDS = frozenset({"until", "till", "til"})


def _until_when(lower: list[str], timex) -> bool:
    """Whether the time ends a span with "until" and opens what a "when" clause right after it
    tells ("well until 2 weeks ago, when he noticed a dark patch"): the start of the events of
    that clause, and the end of what comes before it."""
    if timex.start == 0 or lower[timex.start - 1] not in UNTIL_WORDS:
        return False
    i = timex.end
    if i < len(lower) and lower[i] == ",":
        i += 1
    return i < len(lower) and lower[i] == "when"


# words before a time that say how something has looked since then ("been like that since 11/3",
# "has been this way since Easter"): a state, the lesion's, never the start of an exposure
STATE_WORDS = (("like", "that"), ("like", "this"), ("that", "way"), ("this", "way"))


def _dates_a_state(lower: list[str], start: int, sent_of: list[int]) -> bool:
    """Whether the time at token ``start`` follows "been like that" or "been this way"."""
    first = sent_of[start]
    return start - 3 >= first and lower[start - 3] == "been" \
        and (lower[start - 2], lower[start - 1]) in STATE_WORDS


def _subject_clause(lower: list[str], low: int, high: int) -> bool:
    """Whether tokens ``low..high-1`` open a clause of their own right after a noun: a subject
    pronoun and its auxiliaries at most ("the sore he has been heating"), no relative word
    needed."""
    i = low
    if i < high and lower[i] in RELATIVE_WORDS:
        i += 1
    if i >= high or lower[i] not in CLAUSE_SUBJECTS:
        return False
    i += 1
    while i < high and lower[i] in AUXILIARIES:
        i += 1
    return i == high


def _trauma_clause_place(lower: list[str], events: list[MentionInfo], group: list[MentionInfo],
                         lesion: MentionInfo) -> bool:
    """Whether the site group before the lesion is the object of a trauma just before it (no
    clause break between them) and a comma then "and" stands between the group and the lesion."""
    if group[-1].end > lesion.start:
        return False
    between = lower[group[-1].end:lesion.start]
    closed = any(between[k] == "," and between[k + 1] == "and" for k in range(len(between) - 1))
    if not closed:
        return False
    return any(e.label_ == "TRAUMA" and e.end <= group[0].start
               and not CLAUSE_BREAKS.intersection(lower[e.end:group[0].start]) for e in events)


DIRECTION_WORDS = frozenset({"toward", "towards"})
SPREADING_VERBS = frozenset({"extending", "extends", "extended", "spreading", "spreads", "spread", "tracking",
                             "tracks", "tracked", "radiating", "radiates", "streaking", "reaching", "reaches"})
SPREAD_PREPOSITIONS = frozenset({"onto", "into", "to", "over", "across", "up", "down"})


def _word_before_site(lower: list[str], start: int, first: int) -> int:
    """The index of the word before the site at token ``start``, past one determiner or
    possessive or demonstrative ("toward the knee", "proximal to her patella", "a hand's breadth
    above these ulcers"); ``first``: the sentence's first token."""
    i = start - 1
    if i >= first and lower[i] in DETERMINERS:
        i -= 1
    return i


def _direction_only(lower: list[str], start: int, sent_of: list[int]) -> bool:
    """Whether the site at token ``start`` is where something heads ("toward the knee", "livedo
    spreading onto the inner thigh"), a determiner or possessive allowed between; a fall "onto
    the hip" is at the hip."""
    first = sent_of[start]
    i = _word_before_site(lower, start, first)
    if i < first:
        return False
    if lower[i] in DIRECTION_WORDS:
        return True
    return lower[i] in SPREAD_PREPOSITIONS and i - 1 >= first and lower[i - 1] in SPREADING_VERBS


# how many tokens before a trauma a "where" may stand and still open its clause: room for a
# subject such as "her monthly paliperidone palmitate has been" (injected)
WHERE_REACH = 8
# "proximal to the patella", "distal to the elbow": the site after them is a landmark
LANDMARK_RELATIONS = frozenset({"proximal", "distal", "superior", "inferior", "lateral", "medial", "anterior",
                                "posterior"})
# "5 cm above the knee", "just below the elbow": above/below a site is a landmark only measured
# or graded so (a bare "ulcer above the knee" may be told at the knee)
LANDMARK_MEASURES = frozenset({"cm", "mm", "in", "inch", "inches", "fingerbreadth", "fingerbreadths",
                               "breadth", "breadths", "width", "hand-width", "handbreadth", "just",
                               "well", "slightly", "immediately", "directly"})


# what a place is said to be when it holds no lesion ("thighs clear", "calves are intact", "the
# elbow skin is normal")
CLEAR_WORDS = frozenset({"clear", "intact", "spared", "uninvolved", "unaffected", "unremarkable", "normal"})
_BEFORE_CLEAR = frozenset({"is", "are", "remain", "remains", "look", "looks", "otherwise", "both", "all", "skin"})


def _away_at_trauma(lower: list[str], event: MentionInfo, group: list[MentionInfo],
                    events: list[MentionInfo]) -> bool:
    """Whether the site ``group`` after a lesion is the place of a trauma the lesion is said to
    lie away from ("outside his injection area, which is kept around the umbilicus", "well away
    from the heparin shots in the left lower abdomen"): an away word after the lesion, then a
    trauma, then the site with no clause break between them other than a relative clause's."""
    start = group[0].start
    if start < event.end:
        return False
    away = next((i for i in range(event.end, start) if lower[i] in AWAY_WORDS), None)
    if away is None:
        return False
    trauma = next((e for e in events if e.label_ == "TRAUMA" and away < e.start and e.end <= start), None)
    if trauma is None:
        return False
    between = lower[trauma.end:start]
    return not any(w in (",", ";") and (k + 1 >= len(between) or between[k + 1] not in RELATIVE_WORDS)
                   for k, w in enumerate(between))


def _told_away(lower: list[str], event: MentionInfo, group: list[MentionInfo], sent_of: list[int]) -> bool:
    """Whether the site ``group`` comes after the event and right after "away / distant /
    remote / apart from (the)" said after the event ("the lesion is well away from the elbow")."""
    start = group[0].start
    if start < event.end:
        return False
    away = _set_apart_from(lower, start, sent_of[start])
    return away is not None and away >= event.end


def _said_clear(lower: list[str], end: int) -> bool:
    """Whether the words right after a site (ending at token ``end``) say it is clear: "calves
    clear", "thighs are otherwise intact", "elbow skin is normal"."""
    i, words = end, 0
    while i < len(lower) and words < 3 and (lower[i] in _BEFORE_CLEAR or lower[i].isspace()):
        words += not lower[i].isspace()  # a line break ("the elbow skin\nis normal") is no word
        i += 1
    return i < len(lower) and lower[i] in CLEAR_WORDS


def _landmark_of(lower: list[str], site: list[MentionInfo], group: list[MentionInfo],
                 events: list[MentionInfo], sent_of: list[int]) -> bool:
    """Whether ``group`` is the landmark that the site group just before it is measured from, in
    the same phrase: "left anterior thigh, roughly 5 cm proximal to the patella", "R lateral
    thigh just above the knee" (no event, semicolon or more than ten tokens between)."""
    gap = range(site[-1].end, group[0].start)
    if len(gap) > 10 or any(lower[i] == ";" for i in gap):
        return False
    if any(site[-1].end <= e.start < group[0].start for e in events):
        return False
    return _landmark_only(lower, group[0].start, sent_of)


def _event_is_landmark(lower: list[str], event: MentionInfo, sent_of: list[int]) -> bool:
    """Whether the event is what a place is measured from ("10 cm proximal to the ulcer", "a
    hand's breadth anterior and medial to the plaque", "about 15 cm below the lesion"), as a
    site may be (:func:`_landmark_only`); or what a place is kept apart from ("into the right side
    of the abdomen, well clear of the lesion", "away from the ulcer")."""
    return _landmark_only(lower, event.start, sent_of) or _kept_apart(lower, event.start, sent_of[event.start])


def _kept_apart(lower: list[str], start: int, first: int) -> bool:
    """Whether "clear of" or "away / apart ... from" (a determiner between allowed) stands just
    before the mention at token ``start``, in the sentence that begins at token ``first``."""
    i = start - 1
    while i >= first and i >= start - 4 and (lower[i] in _AWAY_DETERMINERS or not lower[i].strip()):
        i -= 1  # a determiner, or the line break of a wrapped line ("well clear of the\nlesion")
    if i - 1 < first:
        return False
    if lower[i] == "of" and lower[i - 1] == "clear":
        # "well clear of the lesion" keeps a place apart; "buttocks clear of lesions" says
        # there are none there, and the lesions stay at that place
        return i - 2 >= first and lower[i - 2] in CLEAR_OF_ADVERBS
    return lower[i] == "from" and (lower[i - 1] in AWAY_WORDS or lower[i - 1] == "clear")


# a lesion's place denied after it: a negation, at most two auxiliaries or adverbs, then a verb
# of arising or lying ("did not arise at", "never started on") or the place preposition itself
# ("is not at"); NOT_PLACED_REACH words at most from the lesion to the site, no clause break
NOT_PLACED_NEGATIONS = frozenset({"not", "n't", "never", "nowhere"})
NOT_PLACED_VERBS = frozenset({"arise", "arisen", "arose", "arising", "start", "started", "begin", "began",
                              "begun", "develop", "developed", "appear", "appeared", "lie", "lies", "sit",
                              "sits", "located", "situated", "centred", "centered", "originate",
                              "originated", "form", "formed"})
NOT_PLACED_PREPOSITIONS = frozenset({"at", "on", "in", "over", "within", "from", "near"})
NOT_PLACED_REACH = 14


def _placed_not_at(lower: list[str], event_end: int, site_start: int) -> bool:
    """Whether the words from a lesion to a site after it deny the lesion is there: "the ulcer did
    not arise at the puncture on the R thigh", "the eschar is not at the scar on the L thigh"."""
    words = [w for w in lower[event_end:site_start] if not w.isspace()]
    if not words or len(words) > NOT_PLACED_REACH or CLAUSE_BREAKS.intersection(words):
        return False
    for i, word in enumerate(words):
        if word not in NOT_PLACED_NEGATIONS:
            continue
        rest = words[i + 1:i + 4]
        if rest and rest[0] in NOT_PLACED_PREPOSITIONS:
            return True  # "is not at"
        if any(w in NOT_PLACED_VERBS for w in rest) and NOT_PLACED_PREPOSITIONS.intersection(words[i + 1:]):
            return True  # "did not arise at", "has never been located on"
    return False


# the adverbs that make "clear of" a distance kept ("well clear of the lesion")
CLEAR_OF_ADVERBS = frozenset({"well", "safely", "far", "wide", "comfortably", "kept", "keep", "keeping",
                              "stay", "stays", "staying"})


def _landmark_only(lower: list[str], start: int, sent_of: list[int]) -> bool:
    """Whether the site at token ``start`` is told as a landmark ("5 cm proximal to the patella",
    "just above the knee"), a determiner or possessive allowed between."""
    first = sent_of[start]
    i = _word_before_site(lower, start, first)
    if i - 1 < first:
        return False
    if lower[i] == "to":
        return lower[i - 1] in LANDMARK_RELATIONS
    return lower[i] in ("above", "below") and (lower[i - 1] in LANDMARK_MEASURES or lower[i - 1][:1].isdigit())


def _negated(doc: Doc, mention: MentionInfo) -> bool:
    """The mention's ConText negation (``span._.is_negated``, read as :func:`span_value` reads
    the koebner_ extensions: unset is not negated)."""
    return bool(span_value(doc, "is_negated", mention.start_char, mention.end_char))


def _subject_just_before(lower: list[str], low: int, trauma: int) -> bool:
    """Whether the trauma at token ``trauma`` opens a clause of its own at or after ``low``: a
    subject pronoun and its auxiliaries at most right before it ("... within the thigh area he had
    injected his heparin into since March": the clause follows the lesion's place, not the lesion;
    "the patch she'd injected every dose into since Sept")."""
    i = trauma - 1
    while i > low and (lower[i] in AUXILIARIES or lower[i] == "'d"):
        i -= 1
    # ... or a relative word as its subject: "the calf skin that had been iced ... from 2/10"
    return low <= i < trauma and (lower[i] in CLAUSE_SUBJECTS or (lower[i] in ("that", "which") and i < trauma - 1))


def _onset_cue_before(lower: list[str], start: int, sent_start: int) -> bool:
    """Whether one of ONSET_CUES is among the three words before token ``start`` in its sentence
    ("began 12/03/2018", "onset: 3/2")."""
    return any(lower[i] in ONSET_CUES for i in range(max(start - 3, sent_start), start))


def _dates_progression(lower: list[str], event: MentionInfo, timex: MentionInfo, sent_start: int) -> bool:
    """Whether the time dates the progression of the event before it, not its start: a change
    word between them in one clause ("ulcers have got much bigger since Friday"), and no word
    of beginning just before the time ("plaque, enlarging, first noticed 10/14")."""
    if event.end > timex.start or _onset_cue_before(lower, timex.start, sent_start):
        return False
    between = lower[event.end:timex.start]
    return not CHANGE_WORDS.isdisjoint(between) and ";" not in between


# "nothing on the thighs", "none over the arms": a place said to hold nothing
NOTHING_WORDS = frozenset({"nothing", "none"})
NOTHING_PREPOSITIONS = frozenset({"on", "at", "over", "in", "of", "to", "along", "across"})
_NOTHING_DETERMINERS = DETERMINERS | {"both"}


def _nothing_there(lower: list[str], start: int) -> bool:
    """Does 'nothing' or 'none' and a preposition stand right before the site at ``start``
    (a determiner or 'both' may come between: "nothing on the thighs")?"""
    at = start - 1
    if at >= 0 and lower[at] in _NOTHING_DETERMINERS:
        at -= 1
    return at >= 1 and lower[at] in NOTHING_PREPOSITIONS and lower[at - 1] in NOTHING_WORDS


OTHER_SIDE_WORDS = frozenset({"other", "opposite", "contralateral"})
OTHER_SIDE_FILLERS = frozenset({"is", "are", "was", "were", "sits", "sit", "lies", "lie", "on", "at", "to",
                                "in", "the", "her", "his", "their", "its", "area", "areas", "site", "sites", "zone"})


# names of dialysis that a start time may follow ("on HD since 2019", "PD since 3/2015")
DIALYSIS_WORDS = frozenset({"hd", "hemodialysis", "haemodialysis", "dialysis", "pd", "capd", "ccpd", "apd",
                            "esrd", "eskd", "dialyzed", "dialysed", "dialyzing"})
# a comma, a bracket or a conjunction between a time and a later event
CLAUSE_OPENERS = frozenset({",", ";", "(", ")", "and", "but", "-", "–"})


def _after_a_break(lower: list[str], timex: MentionInfo, event: MentionInfo) -> bool:
    """Whether the event comes after the time with a comma, bracket or conjunction between them
    ("since 3/2019 and now a plaque"): a time dialysis began dates nothing past it."""
    return event.start >= timex.end and not CLAUSE_OPENERS.isdisjoint(lower[timex.end:event.start])


def _dates_dialysis(lower: list[str], start: int, sent_start: int) -> bool:
    """Whether the time at token ``start`` (which may open on its "since") follows a name of
    dialysis and "since" or "from" ("on HD since 2019", "dialysis from 3/2015")."""
    cue = start if lower[start] in ("since", "from") else start - 1
    if cue < sent_start or lower[cue] not in ("since", "from"):
        return False
    return cue - 1 >= sent_start and lower[cue - 1] in DIALYSIS_WORDS


# a side told with no body part ("the lesion is on the right"), and its opposite
BARE_SIDES = {"left": "right", "right": "left", "l": "right", "r": "left"}
BARE_SIDE_ENDS = frozenset({";", ".", ",", "side", "\n", "-", ")", "and", "but", "only"})


def _on_the_bare_other_side(doc: Doc, lower: list[str], events: list, sites: list) -> set:
    """The keys of the events said to be on a side with no body part named ("the lesion is on
    the right", "plaque on the left side only") where every site of the sentence has the other
    side: none of those sites is theirs. When the event's own item (between semicolons) names
    sites, those are the ones weighed ("the catheter was in the right groin whereas the plaque is
    on the left; no lines in the L groin")."""
    found = set()
    for event in events:
        i = event.end
        # a line may wrap anywhere in the words ("the lesion is on the\nright")
        while i < len(lower) and i < event.end + 6 and (lower[i] in OTHER_SIDE_FILLERS or lower[i] == "\n"):
            i += 1
        opposite = BARE_SIDES.get(lower[i]) if event.end < i < len(lower) else None
        if opposite is None or (i + 1 < len(lower) and lower[i + 1] not in BARE_SIDE_ENDS):
            continue
        own = [m for m in sites if ";" not in lower[min(m.end, event.end):max(m.start, event.start)]]
        sides = {span_value(doc, "koebner_laterality", m.start_char, m.end_char) for m in own or sites}
        if sides == {opposite}:
            found.add(event.key)
    return found


def _on_the_other_side(lower: list[str], end: int, site_starts: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether the event ending at token ``end`` is said to be on the other (opposite,
    contralateral) side, or on "the opposite thigh" (a site right after the word): the site
    its sentence names is then not its place, and "thigh" alone says not which."""
    i = end
    while i < len(lower) and i < end + 5 and lower[i] in OTHER_SIDE_FILLERS:
        i += 1
    if i + 1 >= len(lower) or lower[i] not in OTHER_SIDE_WORDS:
        return False
    if i + 1 in site_starts and lower[i + 1] != "hand":  # "on the other hand" is an idiom
        return True
    return lower[i + 1] in ("side", "sides") and (i + 2 >= len(lower) or lower[i + 2] != "of")


def _said_onset(doc: Doc, lower: list[str], timex) -> bool:
    """:func:`_follows_onset` for a time of ``doc``, its sentence read from the doc."""
    return _onset_word_before(lower, timex.start, doc[timex.start].sent.start)


def _follows_onset(lower: list[str], start: int, sent_of: list[int]) -> bool:
    """Whether the time at token ``start`` is given as an onset ("onset ~mid-Jan 2022",
    "onset: 3/2"): the word "onset" just before it in its sentence, past fillers."""
    return _onset_word_before(lower, start, sent_of[start])


def _onset_word_before(lower: list[str], start: int, first: int) -> bool:
    """Whether "onset" stands just before token ``start``, past fillers, in the sentence that
    begins at token ``first``."""
    i = start - 1
    while i >= first and i >= start - 3 and (lower[i] in ONSET_FILLERS or not lower[i].strip()):
        i -= 1
    return i >= first and lower[i] in ONSET_WORDS


# verbs that tell a lesion's start, never a trauma's exposure ("came on 3 weeks ago", "appeared
# 2/14", "present since 2/19"; not "started", which an injection course also does)
LESION_ONSET_VERBS = frozenset({"appeared", "developed", "arose", "emerged", "erupted", "present"})
LESION_ONSET_PHRASES = frozenset({("came", "on"), ("showed", "up"), ("popped", "up"), ("cropped", "up")})
LESION_ONSET_FILLERS = ONSET_FILLERS | {"on", "in", "over", "at", "some", "just", "only"}


def _follows_lesion_onset(lower: list[str], start: int, sent_of: list[int]) -> bool:
    """Whether the time at token ``start`` follows a verb of a lesion's start in its sentence,
    past fillers ("came on about 10 days ago", "appeared on 2/14")."""
    return _lesion_onset_verb(lower, start, sent_of) is not None


def _lesion_onset_verb(lower: list[str], start: int, sent_of: list[int]) -> int | None:
    """The first token of the verb of a lesion's start that the time at token ``start`` follows
    past fillers ("appeared", or "came" of "came on"), else None."""
    i, first = start - 1, sent_of[start]
    while i >= first and i >= start - 5:
        if lower[i] in LESION_ONSET_VERBS:
            return i
        if i > first and (lower[i - 1], lower[i]) in LESION_ONSET_PHRASES:
            return i - 1
        if lower[i] not in LESION_ONSET_FILLERS and lower[i].strip():
            return None
        i -= 1
    return None


# pronouns that stand for the lesion as the subject of its onset verb ("It appeared in June"),
# and the words that may stand between them ("this first developed 2/14")
ONSET_PRONOUNS = frozenset({"it", "this", "they", "these", "which", "that"})
ONSET_SUBJECT_FILLERS = frozenset({"first", "initially", "originally", "then", "reportedly", "has", "had"})


def _pronoun_onset(lower: list[str], start: int, sent_of: list[int]) -> bool:
    """Whether the time at token ``start`` follows a verb of a lesion's start whose subject is a
    pronoun ("It appeared in early June", "this first developed 2/14")."""
    verb = _lesion_onset_verb(lower, start, sent_of)
    if verb is None:
        return False
    j, first = verb - 1, sent_of[start]
    while j >= first and lower[j] in ONSET_SUBJECT_FILLERS:
        j -= 1
    return j >= first and lower[j] in ONSET_PRONOUNS


# a time phrase that opens a sentence with an event for its time ("After the injection, ...",
# "Before her biopsy she ..."), and the words that may follow it as the clause starts
FRONTED_TIME_WORDS = frozenset({"before", "after", "during", "following", "post", "since", "prior"})
FRONTED_FILLERS = frozenset({"to", "the", "her", "his", "their", "a", "an", "this", "that", "today's", "each",
                             "every", "last", "first", "next"})
FRONTED_CLAUSE_STARTS = frozenset({",", "she", "he", "they", "pt", "patient", "the", "we", "i", "her", "his"})


def _in_fronted_time_phrase(lower: list[str], event: MentionInfo, sent_start: int) -> bool:
    """Whether the event is the whole of a time phrase that opens its sentence ("After the
    injection she pointed out ...", "Before injection, pt showed me ..."): it dates the clause
    after it and is not at that clause's place."""
    before = lower[sent_start:event.start]
    if not before or before[0] not in FRONTED_TIME_WORDS \
            or any(w not in FRONTED_TIME_WORDS and w not in FRONTED_FILLERS for w in before[1:]):
        return False
    return event.end < len(lower) and lower[event.end] in FRONTED_CLAUSE_STARTS


def _closing_bracket(text: list[str], sent_of: list[int], start: int, end: int) -> int | None:
    """Token index of the ")" closing a bracket around tokens start..end in their sentence, or
    None; ``text`` are the doc's token texts, ``sent_of`` its sentence starts."""
    first, depth, i = sent_of[start], 0, start - 1
    if "(" not in text[first:start]:
        return None  # no bracket opens before them in the sentence (a list scan, in C)
    while i >= first:
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if depth == 0:
                break
            depth -= 1
        i -= 1
    else:
        return None
    depth = 0
    for j in range(end, len(text)):
        if sent_of[j] != first:
            return None
        if text[j] == "(":
            depth += 1
        elif text[j] == ")":
            if depth == 0:
                return j
            depth -= 1
    return None
