"""Candidate pairs and their features for the LOCATION and TIME relation model.

Shared by training (``pipeline.train.relations``, on gold mentions) and the relations component
(on predicted mentions), so that both see exactly the same features.
"""
from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from operator import attrgetter

from spacy.tokens import Doc, Span, SpanGroup

from .doc_memo import doc_text, memo_slot, sentence_firsts, token_view
from .extensions import SPAN_GROUP, MentionRow, note_date
from .mention_table import Record, mention_records

EVENTS = ("LESION", "CALCIPHYLAXIS", "TRAUMA")
ARGUMENT_LABEL = {"LOCATION": "SITE", "TIME": "TIMEX"}
MAX_DISTANCE = 40  # tokens between the two mentions

# words whose presence between (or just before) the mentions tells how they relate
CUES = {
    "on", "at", "of", "over", "to", "into", "in", "from", "with", "along", "under", "near",
    "since", "x", "for", "began", "begun", "onset", "started", "start", "noticed", "noted",
    "appeared", "developed", "first", "dx", "diagnosed", "proven", "biopsy-proven", "after",
    "following", "before", "prior", "until", "and", "or", "where", "site", "sites", "area",
    ",", ";", ":", "(", ")", "-", "/", ".", "then", "now", "later", "ago", "by", "around",
}


@dataclass(frozen=True)
class Candidate:
    """An event and a SITE or TIMEX of its sentence that a relation of ``rel_type`` may join."""
    rel_type: str
    event: Span
    arg: Span


class MentionInfo(MentionRow):
    """A mention's offsets, label and the extension values relations read, taken once: the
    rules and features read them for every pair, and each ``span._`` access builds a lookup
    object. ``span`` is the mention itself; ``key`` is what Span equality compares."""

    __slots__ = ("key", "trauma_type", "region", "timex_value", "group", "index")

    def __init__(self, doc: Doc, span: Span):
        # MentionRow's fields, set here rather than through its __init__: a doc has a dozen
        # mentions and the extra call was a tenth of reading them
        self.doc, self._span, self.group = doc, span, None
        self._set(span.start, span.end, span.start_char, span.end_char, span.label_)

    @classmethod
    def of_group(cls, doc: Doc, group: SpanGroup, records: list[Record]) -> list[MentionInfo]:
        """A record per mention of the doc's koebner span ``group``, in group order, from its
        mention table ``records``; a mention's Span is taken from the group when asked for."""
        # what _set does, written out, in one loop for the doc's mentions (a call per mention
        # was a sixth of making them): this runs for every mention of every doc
        new, value = cls.__new__, doc.user_data.get
        infos = []
        for index, (start, end, start_char, end_char, label) in enumerate(records):
            info = new(cls)
            info.doc = doc
            info._span = None
            info.group = group
            info.index = index
            info.start = start
            info.end = end
            info.start_char = start_char
            info.end_char = end_char
            info.label_ = label
            info.key = (start, end, label)
            info.trauma_type = value(("._.", "koebner_trauma_type", start_char, end_char))
            info.region = value(("._.", "koebner_region", start_char, end_char))
            info.timex_value = value(("._.", "koebner_timex_value", start_char, end_char))
            infos.append(info)
        return infos

    def _set(self, start: int, end: int, start_char: int, end_char: int, label: str) -> None:
        self.start, self.end, self.start_char, self.end_char, self.label_ = start, end, start_char, end_char, label
        # read where spaCy keeps ``span._.<name>`` (see extensions.span_value)
        data = self.doc.user_data
        self.key = (start, end, label)
        self.trauma_type = data.get(("._.", "koebner_trauma_type", start_char, end_char))
        self.region = data.get(("._.", "koebner_region", start_char, end_char))
        self.timex_value = data.get(("._.", "koebner_timex_value", start_char, end_char))

    @property
    def span(self) -> Span:
        """The mention as a Span (for a record of a group: that group's Span, built on first use)."""
        if self._span is None:
            self._span = self.group[self.index]
        return self._span


def mention_infos(doc: Doc, spans: list[Span]) -> list[MentionInfo]:
    """A :class:`MentionInfo` per span, in the same order."""
    return [MentionInfo(doc, span) for span in spans]


# the order of extensions.mentions (and in_text_order): a stable sort by character offsets
_TEXT_ORDER = attrgetter("start_char", "end_char")


def doc_mention_infos(doc: Doc) -> list[MentionInfo]:
    """A :class:`MentionInfo` per koebner mention of the doc, in text order: what
    ``mention_infos(doc, mentions(doc))`` gives. Read from the doc's mention table when it
    stands for the span group (no Span is built: a Span of the group builds three Tokens)."""
    group = doc.spans.get(SPAN_GROUP)
    if group is None:
        return []
    records = mention_records(doc)
    infos = mention_infos(doc, group) if records is None else MentionInfo.of_group(doc, group, records)
    return sorted(infos, key=_TEXT_ORDER)


def sentence_starts(doc: Doc) -> list[int]:
    """The start token of each token's sentence (``Token.sent`` is slow to call per pair).
    Computed once per doc (context and relations each ask); do not change the list."""
    return memo_slot(doc, "sentence_starts", _sentence_starts)


def _sentence_starts(doc: Doc) -> list[int]:
    # the first token of each sentence, repeated over the sentence (a few list operations per
    # sentence instead of a call per token). The firsts are those the sentence splitter
    # remembered for the doc (doc_memo.sentence_firsts: read back from the doc's sentence starts
    # only for a doc no splitter of ours has seen), so the doc is not read again here.
    result: list[int] = []
    current = 0
    for first in sentence_firsts(doc)[1:]:
        result += [current] * (first - current)
        current = first
    result += [current] * (len(doc) - current)
    return result


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (4, "3-4"), (7, "5-7"), (12, "8-12"),
                        (20, "13-20")):
        if n <= limit:
            return name
    return "21+"


def _gap_names(bucket: str) -> tuple[str, str, str]:
    """The gap feature, and the direction-and-gap feature after and before, of a gap bucket."""
    return f"gap={bucket}", f"dir_gap=a{bucket}", f"dir_gap=b{bucket}"


# feature names built once: a pair's features are mostly these, and formatting them for every
# pair was most of the time spent on it
_GAP_NAMES = [_gap_names(_bucket(n)) for n in range(21)]
_FAR_GAP_NAMES = _gap_names(_bucket(21))
_EVENTS_BETWEEN = [f"events_between={n}" for n in range(3)]
_ARGS_BETWEEN = [f"args_between={n}" for n in range(3)]
_NEAREST_ARG = ("nearest_arg=False", "nearest_arg=True")  # by whether the arg is the nearest
_NEAREST_EVENT = ("nearest_event=False", "nearest_event=True")
_EVENT_NAMES = {label: f"event={label}" for label in EVENTS}
_BETWEEN_NAMES = {word: "between:" + word for word in CUES}  # a cue word between the two mentions
_PRECISION_NAMES = [f"timex_precision={n}" for n in range(3)]  # by the dashes of a TIMEX value
# the section and trauma type features by their value, named on first use (a handful of
# values, each a short string, so these stay small)
_SECTION_NAMES: dict[str, str] = {}
_TRAUMA_TYPE_NAMES: dict[str, str] = {}


def _section_name(section: str) -> str:
    name = _SECTION_NAMES[section] = f"section={section or 'other'}"
    return name


def _trauma_type_name(trauma_type: str) -> str:
    name = _TRAUMA_TYPE_NAMES[trauma_type] = f"trauma_type={trauma_type}"
    return name


# "the part of the thigh that he has kept for every shot since April": a relative clause with a
# subject of its own between an event and a time; the time is that clause's, not the event's.
# A clause of noticing ("sores on the belly that she first noticed two weeks ago") is about the
# lesion itself and dates it.
RELATIVE_WORDS = frozenset({"that", "which", "where"})
CLAUSE_SUBJECTS = frozenset({"she", "he", "they", "i", "we", "you", "pt"})
AUXILIARIES = frozenset({"has", "have", "had", "'s", "'ve", "been", "is", "was", "were", "are",
                         "always", "ever", "only", "also", "just", "now", "then", "first",
                         "since", "usually", "would", "will", "to"})
NOTICING_VERBS = frozenset({"noticed", "notice", "notices", "noticing", "saw", "seen", "found",
                            "felt", "discovered", "developed", "spotted", "reported", "reports",
                            "described", "describes", "mentioned", "showed", "shown", "complained",
                            "complains", "feels", "sees", "find", "see", "feel", "points"})
# the narrower verbs of first finding a lesion ("she first felt a knot where the shots went in
# around May 24"): a time after a 'where' clause that holds one of them is when it was found
FIRST_FINDING_VERBS = frozenset({"felt", "noticed", "noted", "found", "discovered", "saw", "spotted", "developed"})


def relative_clause_between(lower: list[str], low: int, high: int) -> bool:
    """Whether tokens ``low..high-1`` hold a relative clause with its own subject and a verb
    other than one of noticing (see RELATIVE_WORDS)."""
    if RELATIVE_WORDS.isdisjoint(lower[low:high - 1]):
        return False  # no relative word to open one (a set test in C, not a loop over the words)
    for i in range(low, high - 1):
        if lower[i] not in RELATIVE_WORDS or lower[i + 1] not in CLAUSE_SUBJECTS:
            continue
        j = i + 2
        while j < high and lower[j] in AUXILIARIES:
            j += 1
        if j < high and lower[j] not in NOTICING_VERBS:
            return True
    return False


def _nearest_once(memos: dict, group, to: MentionInfo, candidates: list[MentionInfo]) -> MentionInfo:
    """The mention of ``candidates`` nearest ``to``: the one mention of its kind there (most
    often), else found once per doc for each ``group`` (a label, a sentence) and ``to``."""
    if len(candidates) == 1:
        return candidates[0]
    memo = memos.get(group)
    if memo is None:
        memo = memos[group] = {}
    nearest = memo.get(to)
    if nearest is None:
        nearest = memo[to] = _nearest(to, candidates)
    return nearest


def _nearest(mention: MentionInfo, others: list[MentionInfo]) -> MentionInfo:
    """The first of ``others`` (one at least) nearest to ``mention`` (by distance, then start), as
    ``min`` with that key finds it. (No rank tuple per mention: this runs for many pairs the model
    scores.)"""
    best, best_distance, best_start = None, 0, 0
    start, end = mention.start, mention.end
    for other in others:
        other_start = other.start
        distance = other_start - end if other_start >= end else start - other.end
        if best is None or distance < best_distance or (distance == best_distance and other_start < best_start):
            best, best_distance, best_start = other, distance, other_start
    return best


class PairContext:
    """Candidate pairs and their features over one doc's mentions (:class:`MentionInfo`), with
    what every pair reads (tokens, sentences, the note's date) looked up once per doc."""

    def __init__(self, doc: Doc, mentions: list[MentionInfo], sent_of: list[int] | None = None):
        self.doc = doc
        self.mentions = mentions
        self.sent_of = sent_of if sent_of is not None else sentence_starts(doc)
        self.tokens = token_view(doc)
        anchor = note_date(doc)
        self.anchor = anchor.isoformat() if isinstance(anchor, date) else None
        self.starts = [m.start for m in mentions]
        self.ordered = self.starts == sorted(self.starts)  # sorting a sorted list is one pass, in C
        # the mentions of each sentence by label, and its events under None, in text order (by
        # the sentence's first token): what the nearest-mention features of every pair read
        self._kinds: dict[int, dict[str | None, list[MentionInfo]]] = {}
        sent_of = self.sent_of
        for m in mentions:
            kinds = self._kinds.get(sent_of[m.start])
            if kinds is None:
                kinds = self._kinds[sent_of[m.start]] = {}
            kinds.setdefault(m.label_, []).append(m)
            if m.label_ in EVENTS:
                kinds.setdefault(None, []).append(m)
        self._text: str | None = None
        self._is_space: list[bool] | None = None
        # the nearest argument of each label to an event, by label then event; the nearest event
        # of a sentence to an argument, by sentence then argument (keyed by the records
        # themselves, which hash faster than their keys)
        self._nearest_arg: dict[str, dict[MentionInfo, MentionInfo]] = {}
        self._nearest_event: dict[int, dict[MentionInfo, MentionInfo]] = {}

    def _line_of(self, m: MentionInfo) -> tuple[int, int]:
        if self._text is None:
            self._text = doc_text(self.doc)
        text = self._text
        start = text.rfind("\n", 0, m.start_char) + 1
        end = text.find("\n", m.end_char)
        return start, len(text) if end < 0 else end

    def candidates(self, rel_types=tuple(ARGUMENT_LABEL)) -> Iterator[tuple[str, MentionInfo,
                                                                           MentionInfo]]:
        """``(type, event, arg)`` in the same sentence or line, at most MAX_DISTANCE apart,
        for the relation types asked (in ARGUMENT_LABEL order)."""
        sent_of = self.sent_of
        events = None
        for rel_type, arg_label in ARGUMENT_LABEL.items():
            if rel_type not in rel_types:
                continue
            args = [m for m in self.mentions if m.label_ == arg_label]
            if args and events is None:  # most docs have no TIMEX: no events listed for them
                events = [m for m in self.mentions if m.label_ in EVENTS]
            for event in events if args else ():
                event_sent = sent_of[event.start]
                event_line = None
                for arg in args:
                    if arg.start < event.end and event.start < arg.end:
                        continue
                    gap = arg.start - event.end if arg.start >= event.end else event.start - arg.end
                    if gap > MAX_DISTANCE:
                        continue
                    if sent_of[arg.start] != event_sent:
                        event_line = event_line or self._line_of(event)
                        if self._line_of(arg) != event_line:
                            continue
                    if rel_type == "TIME" and arg.start >= event.end and 0 < gap \
                            and relative_clause_between(self.tokens.lower, event.end, arg.start):
                        continue
                    yield rel_type, event, arg

    def features(self, event: MentionInfo, arg: MentionInfo, section: str = "") -> dict[str, float]:
        """The relation model's features of the pair, by name (in a fixed order: the score
        sums them in that order)."""
        sent_of = self.sent_of
        after = arg.start >= event.end
        low, high = (event.end, arg.start) if after else (arg.end, event.start)  # the tokens between
        gap = high - low if high > low else 0
        gap_name, after_name, before_name = _GAP_NAMES[gap] if gap <= 20 else _FAR_GAP_NAMES
        tokens = self.tokens
        lower = tokens.lower
        arg_label = arg.label_
        if gap:
            between_words = lower[low:high]
            # a line break token between them (a token holding "\n" that is whitespace)
            newline = "\n" in "".join(between_words) and self._newline_between(low, high)
            events_between, args_between = self._mentions_between(low, high, arg_label)
        else:  # adjacent or overlapping: nothing between them
            between_words, newline, events_between, args_between = (), False, 0, 0
        f: dict[str, float] = {
            "bias": 1.0,
            _EVENT_NAMES.get(event.label_) or f"event={event.label_}": 1.0,
            "dir=after" if after else "dir=before": 1.0,
            gap_name: 1.0,
            after_name if after else before_name: 1.0,
            _EVENTS_BETWEEN[events_between if events_between < 2 else 2]: 1.0,
            _ARGS_BETWEEN[args_between if args_between < 2 else 2]: 1.0,
            "same_sentence=True" if sent_of[arg.start] == sent_of[event.start]
            else "same_sentence=False": 1.0,
            "newline_between=True" if newline else "newline_between=False": 1.0,
            _SECTION_NAMES.get(section) or _section_name(section): 1.0,
        }
        trauma_type = event.trauma_type
        if trauma_type:
            f[_TRAUMA_TYPE_NAMES.get(trauma_type) or _trauma_type_name(trauma_type)] = 1.0
        for name in map(_BETWEEN_NAMES.get, between_words):
            if name:
                f[name] = 1.0
        if gap == 0:
            f["gap_words="] = 1.0
        elif gap <= 3:
            is_space = self._is_space
            if is_space is None:
                is_space = self._is_space = tokens.column("is_space")
            words = [word for i, word in enumerate(between_words, low) if not is_space[i]]
            f["gap_words=" + " ".join(words)] = 1.0
        before_arg = lower[arg.start - 1] if arg.start > 0 else "<s>"
        if before_arg in CUES:
            f["before_arg:" + before_arg] = 1.0
        before_event = lower[event.start - 1] if event.start > 0 else "<s>"
        if before_event in CUES:
            f["before_event:" + before_event] = 1.0
        self._nearest_features(event, arg, f)
        if arg_label == "TIMEX":
            self._timex_features(arg, f)
        return f

    def _newline_between(self, low: int, high: int) -> bool:
        """Whether a whitespace token holding a line break lies within tokens ``low..high-1``."""
        text, is_space = self.tokens.text, self.tokens.column("is_space")
        return any("\n" in text[i] and is_space[i] for i in range(low, high))

    def _mentions_between(self, low: int, high: int, arg_label: str) -> tuple[int, int]:
        """How many events, and how many mentions labelled ``arg_label``, lie within tokens
        ``low..high-1``."""
        # in text order, from the slice of those starting there
        if self.ordered:
            first = bisect_left(self.starts, low)
            between_mentions = self.mentions[first:bisect_left(self.starts, high, first)]
        else:
            between_mentions = self.mentions
        events_between = args_between = 0
        for m in between_mentions:
            if low <= m.start and m.end <= high:
                if m.label_ in EVENTS:
                    events_between += 1
                if m.label_ == arg_label:
                    args_between += 1
        return events_between, args_between

    def _nearest_features(self, event: MentionInfo, arg: MentionInfo, f: dict[str, float]) -> None:
        # the nearest of each kind among the mentions of the event's sentence (most often the
        # one mention of that kind there: no call to find it)
        sentence = self.sent_of[event.start]
        kinds = self._kinds.get(sentence) or {}
        args = kinds.get(arg.label_)
        if args:
            nearest = args[0] if len(args) == 1 else _nearest_once(self._nearest_arg, arg.label_, event, args)
            f[_NEAREST_ARG[nearest.key == arg.key]] = 1.0
        events = kinds.get(None)
        if events:
            nearest = events[0] if len(events) == 1 else _nearest_once(self._nearest_event, sentence, arg, events)
            f[_NEAREST_EVENT[nearest.key == event.key]] = 1.0

    def _timex_features(self, arg: MentionInfo, f: dict[str, float]) -> None:
        value = arg.timex_value or ""
        dashes = value.count("-")
        f[_PRECISION_NAMES[dashes] if dashes < 3 else f"timex_precision={dashes}"] = 1.0
        first = self.tokens.lower[arg.start]
        if first in ("since", "x", "for", "over"):
            f[f"timex_first={first}"] = 1.0
        if value and self.anchor is not None and value > self.anchor[: len(value)]:
            f["timex_future"] = 1.0


def candidates(doc: Doc, mentions: list[Span],
               sent_of: list[int] | None = None) -> Iterator[Candidate]:
    """Event/argument pairs in the same sentence or the same line, at most MAX_DISTANCE apart."""
    pairs = PairContext(doc, mention_infos(doc, mentions), sent_of)
    for rel_type, event, arg in pairs.candidates():
        yield Candidate(rel_type, event.span, arg.span)


def pair_features(doc: Doc, candidate: Candidate, mentions: list[Span],
                  section: str = "", sent_of: list[int] | None = None) -> dict[str, float]:
    """The relation model's features of a candidate pair, by name (for many pairs of a doc,
    :class:`PairContext` reads the mentions once)."""
    pairs = PairContext(doc, mention_infos(doc, mentions), sent_of)
    return pairs.features(MentionInfo(doc, candidate.event), MentionInfo(doc, candidate.arg),
                          section)


def score(weights: dict, features: dict[str, float]) -> float:
    """Probability of a relation under one type's weights from the model artifact."""
    z = weights["intercept"] + sum(weights["weights"].get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-z))


def score_present(weights: dict, features: dict[str, float]) -> float:
    """:func:`score` of features that are all 1.0, as :meth:`PairContext.features` gives: the
    same sum in the same order (a weight times 1.0 is the weight), without the products."""
    z = weights["intercept"] + sum(map(weights["weights"].get, features, repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-z))
