"""Shared matching helpers: compile rule patterns, resolve overlaps, make mention spans."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


def compile_matcher(vocab, keyed_patterns: Iterable[tuple[str, list[dict]]]) -> Matcher:
    matcher = Matcher(vocab, validate=True)
    for key, pattern in keyed_patterns:
        matcher.add(key, [pattern])
    return matcher


def longest_matches(doc: Doc, matcher: Matcher) -> list[Span]:
    """Non-overlapping matches, longest first (spaCy's filter_spans), labelled by match key."""
    spans = [Span(doc, start, end, label=match_id) for match_id, start, end in matcher(doc)]
    return filter_spans(spans)
