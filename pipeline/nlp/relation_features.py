"""Candidate pairs and their features for the LOCATION and TIME relation model.

Shared by training (``pipeline.train.relations``, on gold mentions) and the relations component
(on predicted mentions), so that both see exactly the same features.
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

from .doc_memo import doc_text, memo_slot, token_view
from .extensions import note_date

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


def _line_of(doc: Doc, span: Span) -> tuple[int, int]:
    text = doc_text(doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return start, len(text) if end < 0 else end


def sentence_starts(doc: Doc) -> list[int]:
    """The start token of each token's sentence (``Token.sent`` is slow to call per pair).
    Computed once per doc (context and relations each ask); do not change the list."""
    return memo_slot(doc, "sentence_starts", _sentence_starts)


def _sentence_starts(doc: Doc) -> list[int]:
    if len(doc) == 0:
        return []
    flags = doc.to_array(SENT_START)
    marked = numpy.where(flags == 1, numpy.arange(len(doc)), 0)
    return numpy.maximum.accumulate(marked).tolist()


def candidates(doc: Doc, mentions: list[Span],
               sent_of: list[int] | None = None) -> Iterator[Candidate]:
    """Event/argument pairs in the same sentence or the same line, at most MAX_DISTANCE apart."""
    sent_of = sent_of if sent_of is not None else sentence_starts(doc)
    events = [m for m in mentions if m.label_ in EVENTS]
    for rel_type, arg_label in ARGUMENT_LABEL.items():
        args = [m for m in mentions if m.label_ == arg_label]
        for event in events:
            event_sent = sent_of[event.start]
            event_line = None
            for arg in args:
                if arg.start < event.end and event.start < arg.end:
                    continue
                gap = arg.start - event.end if arg.start >= event.end else event.start - arg.end
                if gap > MAX_DISTANCE:
                    continue
                if sent_of[arg.start] != event_sent:
                    event_line = event_line or _line_of(doc, event)
                    if _line_of(doc, arg) != event_line:
                        continue
                yield Candidate(rel_type, event, arg)


def _bucket(n: int) -> str:
    for limit, name in ((0, "0"), (1, "1"), (2, "2"), (4, "3-4"), (7, "5-7"), (12, "8-12"),
                        (20, "13-20")):
        if n <= limit:
            return name
    return "21+"


def pair_features(doc: Doc, candidate: Candidate, mentions: list[Span],
                  section: str = "", sent_of: list[int] | None = None) -> dict[str, float]:
    """The relation model's features of a candidate pair, by name."""
    sent_of = sent_of if sent_of is not None else sentence_starts(doc)
    event, arg = candidate.event, candidate.arg
    after = arg.start >= event.end
    left, right = (event, arg) if after else (arg, event)
    tokens = token_view(doc)
    lower = tokens.lower
    between = range(left.end, right.start)  # token indices; per token attributes from the view
    gap = len(between)
    inside = [m for m in mentions if left.end <= m.start and m.end <= right.start]
    f: dict[str, float] = {
        "bias": 1.0,
        f"event={event.label_}": 1.0,
        f"dir={'after' if after else 'before'}": 1.0,
        f"gap={_bucket(gap)}": 1.0,
        f"dir_gap={'a' if after else 'b'}{_bucket(gap)}": 1.0,
        f"events_between={min(sum(m.label_ in EVENTS for m in inside), 2)}": 1.0,
        f"args_between={min(sum(m.label_ == arg.label_ for m in inside), 2)}": 1.0,
        f"same_sentence={sent_of[arg.start] == sent_of[event.start]}": 1.0,
        f"newline_between={any(chr(10) in tokens.text[i] and tokens.get('is_space', i) for i in between)}": 1.0,
        f"section={section or 'other'}": 1.0,
    }
    if event._.koebner_trauma_type:
        f[f"trauma_type={event._.koebner_trauma_type}"] = 1.0
    for i in between:
        word = lower[i]
        if word in CUES:
            f[f"between:{word}"] = 1.0
    if gap <= 3:
        f[f"gap_words={' '.join(lower[i] for i in between if not tokens.get('is_space', i))}"] = 1.0
    before_arg = lower[arg.start - 1] if arg.start > 0 else "<s>"
    before_event = lower[event.start - 1] if event.start > 0 else "<s>"
    if before_arg in CUES:
        f[f"before_arg:{before_arg}"] = 1.0
    if before_event in CUES:
        f[f"before_event:{before_event}"] = 1.0
    f.update(_nearest_features(candidate, mentions, sent_of))
    if arg.label_ == "TIMEX":
        f.update(_timex_features(doc, arg))
    return f


# (mentions, sent_of, {sentence start: mentions}) of the latest call; replaced whole, never
# changed in place, so threads sharing this module each see a consistent triple
_by_sentence_memo: tuple = (None, None, {})


def _in_sentence(mentions: list[Span], sent_of: list[int], start: int) -> list[Span]:
    """The mentions of the sentence starting at ``start``, in ``mentions`` order; grouped once
    per (mentions, sent_of) pair of lists instead of filtering every mention for every pair."""
    global _by_sentence_memo
    memo = _by_sentence_memo
    if memo[0] is not mentions or memo[1] is not sent_of:
        grouped: dict[int, list[Span]] = {}
        for m in mentions:
            grouped.setdefault(sent_of[m.start], []).append(m)
        memo = _by_sentence_memo = (mentions, sent_of, grouped)
    return memo[2].get(start, [])


def _nearest_features(candidate: Candidate, mentions: list[Span],
                      sent_of: list[int]) -> dict[str, float]:
    event, arg = candidate.event, candidate.arg
    same_sent = _in_sentence(mentions, sent_of, sent_of[event.start])
    args = [m for m in same_sent if m.label_ == arg.label_]
    events = [m for m in same_sent if m.label_ in EVENTS]

    def distance(a: Span, b: Span) -> int:
        return b.start - a.end if b.start >= a.end else a.start - b.end

    out = {}
    if args:
        nearest_arg = min(args, key=lambda m: (distance(event, m), m.start))
        out[f"nearest_arg={nearest_arg == arg}"] = 1.0
    if events:
        nearest_event = min(events, key=lambda m: (distance(arg, m), m.start))
        out[f"nearest_event={nearest_event == event}"] = 1.0
    return out


def _timex_features(doc: Doc, arg: Span) -> dict[str, float]:
    value = arg._.koebner_timex_value or ""
    out = {f"timex_precision={value.count('-')}": 1.0}
    first = arg[0].lower_
    if first in ("since", "x", "for", "over"):
        out[f"timex_first={first}"] = 1.0
    anchor = note_date(doc)
    if value and isinstance(anchor, date) and value > anchor.isoformat()[: len(value)]:
        out["timex_future"] = 1.0
    return out


def score(weights: dict, features: dict[str, float]) -> float:
    """Probability of a relation under one type's weights from the model artifact."""
    z = weights["intercept"] + sum(weights["weights"].get(k, 0.0) * v for k, v in features.items())
    return 1.0 / (1.0 + math.exp(-z))
