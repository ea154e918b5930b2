"""Shared matching helpers: compile rule patterns, resolve overlaps.

Rule files start many patterns with optional modifiers ("necrotic"*, then "ulcer"). spaCy's
Matcher tries such a pattern at every token, which made it the slowest part of the pipeline. We
match the pattern from its first required token and extend matches leftward over the optional
leading tokens in Python, which gives the same spans (greedy, as Matcher's longest match) at a
fraction of the cost.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

OPTIONAL = {"?", "*"}


def _value_test(spec):
    if isinstance(spec, dict):
        if "IN" in spec:
            allowed = set(spec["IN"])
            return lambda v: v in allowed
        if "NOT_IN" in spec:
            banned = set(spec["NOT_IN"])
            return lambda v: v not in banned
        if "REGEX" in spec:
            rx = re.compile(spec["REGEX"])
            return lambda v: rx.search(v) is not None
        raise ValueError(f"unsupported token pattern {spec!r}")
    return lambda v: v == spec


_ATTRS = {
    "LOWER": lambda t: t.lower_,
    "ORTH": lambda t: t.text,
    "TEXT": lambda t: t.text,
    "LIKE_NUM": lambda t: t.like_num,
    "IS_PUNCT": lambda t: t.is_punct,
}


def token_test(spec: dict):
    """A Python predicate for one token pattern (the subset of keys our rule files use)."""
    tests = []
    for key, value in spec.items():
        if key == "OP":
            continue
        if key not in _ATTRS:
            raise ValueError(f"unsupported token attribute {key!r} in a leading optional token")
        getter, check = _ATTRS[key], _value_test(value)
        tests.append((getter, check))
    return lambda token: all(check(getter(token)) for getter, check in tests)


class RuleMatcher:
    """spaCy Matcher over each pattern's required core, plus leftward extension."""

    def __init__(self, vocab, keyed_patterns: Iterable[tuple[str, list[dict]]]):
        self.matcher = Matcher(vocab, validate=True)
        self.left: dict[str, list[tuple[str, object]]] = {}
        for key, pattern in keyed_patterns:
            lead = 0
            while lead < len(pattern) - 1 and pattern[lead].get("OP") in OPTIONAL:
                lead += 1
            core_key = key if lead == 0 else f"{key}#L"
            if lead:
                self.left[core_key] = [(p["OP"], token_test(p)) for p in pattern[:lead]]
            self.matcher.add(core_key, [pattern[lead:]])

    def __call__(self, doc: Doc) -> list[Span]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            if key.endswith("#L"):
                start = self._extend_left(doc, start, self.left[key])
                key = key[:-2]
            spans.append(Span(doc, start, end, label=key))
        return filter_spans(spans)

    @staticmethod
    def _extend_left(doc: Doc, start: int, lead: list[tuple[str, object]]) -> int:
        for op, test in reversed(lead):
            if op == "?":
                if start > 0 and test(doc[start - 1]):
                    start -= 1
            else:
                while start > 0 and test(doc[start - 1]):
                    start -= 1
        return start


def compile_matcher(vocab, keyed_patterns: Iterable[tuple[str, list[dict]]]) -> RuleMatcher:
    return RuleMatcher(vocab, keyed_patterns)


def longest_matches(doc: Doc, matcher: RuleMatcher) -> list[Span]:
    """Non-overlapping matches, longest first (spaCy's filter_spans), labelled by rule key."""
    return matcher(doc)
