"""Token-pattern matching for rule files, built for sparse matches in long notes.

Rule files use spaCy Matcher token patterns (medspaCy TargetRule/ConTextRule JSON). spaCy's
Matcher evaluates set and regex predicates at every token for every pattern, which made it the
slowest part of the pipeline. :class:`RuleMatcher` indexes each pattern by the words its first
required token accepts, so only tokens that can start a match are tried; optional leading tokens
("necrotic"* before "ulcer") are matched by extending leftward. Results equal spaCy's Matcher
followed by ``filter_spans`` (longest match wins, earlier first on ties), except that a line
break wrapping a sentence ("not\\nexcluded") is read as a space (``doc_memo.joined_view``).
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import compress, repeat

from spacy.tokens import Doc, Span

from .doc_memo import JoinedView, TokenView, joined_view

OPTIONAL = {"?", "*"}
_SUPPORTED_KEYS = {"LOWER", "ORTH", "TEXT", "LIKE_NUM", "IS_PUNCT", "SPACY", "OP"}


def _value_test(spec):
    if isinstance(spec, dict):
        if "IN" in spec:
            allowed = frozenset(spec["IN"])
            return allowed.__contains__
        if "NOT_IN" in spec:
            banned = frozenset(spec["NOT_IN"])
            return lambda v: v not in banned
        if "REGEX" in spec:
            return re.compile(spec["REGEX"]).search
        raise ValueError(f"unsupported token pattern value {spec!r}")
    return lambda v: v == spec


class TokenTest:
    """One token pattern (a dict of the Matcher format) as a predicate over token index ``i``."""

    def __init__(self, spec: dict):
        unknown = set(spec) - _SUPPORTED_KEYS
        if unknown:
            raise ValueError(f"unsupported token attribute(s) {sorted(unknown)} in {spec!r}")
        self.op = spec.get("OP")
        if self.op not in (None, "?", "*", "+"):
            raise ValueError(f"unsupported operator {self.op!r} in {spec!r}")
        self.checks = []
        for key, value in spec.items():
            if key == "OP":
                continue
            field = {"LOWER": "lower", "ORTH": "text", "TEXT": "text", "LIKE_NUM": "like_num",
                     "IS_PUNCT": "is_punct", "SPACY": "spacy"}[key]
            self.checks.append((field, _value_test(value)))
        self.spec = spec
        # the matcher calls tests hundreds of times per note: single-check tests get a direct path
        self.match = self._all_checks
        # (field, check) of a test of one word form alone: the matcher applies check to the word
        self.direct: tuple[str, object] | None = None
        if len(self.checks) == 1 and self.checks[0][0] in ("lower", "text"):
            field, check = self.checks[0]
            self.direct = (field, check)
            self.match = (lambda tokens, i: check(tokens.lower[i])) if field == "lower" \
                else (lambda tokens, i: check(tokens.text[i]))

    def _all_checks(self, tokens: "TokenView", i: int) -> bool:
        return all(check(tokens.get(field, i)) for field, check in self.checks)

    def anchor_words(self) -> tuple[str, frozenset[str]] | None:
        """(field, words) when the test only accepts listed words: usable as an index key."""
        for key, field in (("LOWER", "lower"), ("ORTH", "text"), ("TEXT", "text")):
            value = self.spec.get(key)
            if isinstance(value, str):
                return field, frozenset([value])
            if isinstance(value, dict) and "IN" in value:
                return field, frozenset(value["IN"])
        return None


class _Pattern:
    def __init__(self, key: str, pattern: list[dict]):
        tests = [TokenTest(p) for p in pattern]
        lead = 0
        while lead < len(tests) - 1 and tests[lead].op in OPTIONAL:
            lead += 1
        self.key = key
        self.left = tests[:lead]
        self.core = tests[lead:]
        # most rules are a fixed sequence of single tokens: they need no backtracking
        self.fixed = [t.match for t in self.core] if all(t.op is None for t in self.core) else None
        # per core test: (True: check the lower-case word, False: the text, None: test.match)
        steps = [(t.direct[0] == "lower", t.direct[1]) if t.direct else (None, t.match)
                 for t in self.core]
        self._step_tails = [steps[k:] for k in range(len(steps) + 1)]  # the steps from core[k]
        self.first_known = False  # set by RuleMatcher: its candidates always pass core[0]
        # set by RuleMatcher: the length of every match at a candidate when its lookups (of the
        # candidate's word, then of the word pair) have passed every test; 0 when tests remain
        self.known_end = 0
        # the tests of which the token after core[0]'s first token must pass one: core[1] and,
        # while they are optional, the tests after it up to the first required one, and for a
        # core[0] of one or more tokens ("+") core[0] itself (None: no such condition, as when
        # every test after core[0] is optional)
        self.next_tests: tuple[TokenTest, ...] | None = None
        if self.core[0].op in (None, "+"):
            again = (self.core[0],) if self.core[0].op == "+" else ()
            for k in range(1, len(self.core)):
                if self.core[k].op not in OPTIONAL:
                    self.next_tests = again + tuple(self.core[1:k + 1])
                    break
        # patterns with the same tests match the same tokens: RuleMatcher tries one of those
        # it marks shared per token
        self.signature = json.dumps(pattern, sort_keys=True)
        self.shared = False
        self.step: tuple | None = None  # set by RuleMatcher (settle_step), once the flags are final
        if self.fixed is not None:
            self.longest_end = self._fixed_end

    def _fixed_end(self, tokens: TokenView, i: int, k: int = 0) -> int:
        """:meth:`longest_end` of a rule without operators: each token in turn from core[k],
        no recursion."""
        end = i - k + len(self.fixed)
        if end > tokens.n:
            return -1
        lower, text = tokens.lower, tokens.text
        for use_lower, check in self._step_tails[k]:
            if use_lower is None:
                if not check(tokens, i):
                    return -1
            elif not check(lower[i] if use_lower else text[i]):
                return -1
            i += 1
        return end

    def end_from(self, tokens: TokenView, i: int) -> int:
        """:meth:`longest_end` at ``i`` for a candidate of ``i`` that passed the matcher's pair
        lookup: core[0] is not tested again when the candidate lookup already passed it, nor
        core[1] of a rule without operators (the pair lookup passed it)."""
        if not self.first_known:
            return self.longest_end(tokens, i)
        if self.fixed is not None and len(self.fixed) > 1:
            return self._fixed_end(tokens, i + 2, 2)
        return self.longest_end(tokens, i + 1, 1)

    def settle_known_end(self) -> None:
        """Set :attr:`known_end` once :attr:`first_known` is set: a rule without operators of
        one word, or of two (its second test is the pair lookup's), ends where its words do."""
        if self.first_known and self.fixed is not None and len(self.fixed) <= 2:
            self.known_end = len(self.fixed)

    def settle_step(self) -> None:
        """Set :attr:`step`, what the matcher reads of the rule at each candidate position, as
        one tuple ``(rule, known_end, signature, has_left, key)`` (signature: None unless the
        rule is marked shared): unpacking it costs less than five attribute reads, hundreds of
        times per note."""
        self.step = (self, self.known_end, self.signature if self.shared else None, bool(self.left), self.key)

    def longest_end(self, tokens: TokenView, i: int, k: int = 0) -> int:
        """Largest end index of a match of core[k:] starting at token i, or -1."""
        if k == len(self.core):
            return i
        test = self.core[k]
        if test.op is None:
            return self.longest_end(tokens, i + 1, k + 1) if i < tokens.n and test.match(tokens, i) else -1
        if test.op == "?":
            taken = self.longest_end(tokens, i + 1, k + 1) if i < tokens.n and test.match(tokens, i) else -1
            return max(taken, self.longest_end(tokens, i, k + 1))
        j = i
        while j < tokens.n and test.match(tokens, j):
            j += 1
        if test.op == "+" and j == i:
            return -1
        lowest = i + 1 if test.op == "+" else i
        best = -1
        for stop in range(j, lowest - 1, -1):
            best = max(best, self.longest_end(tokens, stop, k + 1))
        return best

    def extend_left(self, tokens: TokenView, start: int) -> int:
        for test in reversed(self.left):
            if test.op == "?":
                if start > 0 and test.match(tokens, start - 1):
                    start -= 1
            else:
                while start > 0 and test.match(tokens, start - 1):
                    start -= 1
        return start


class RuleMatcher:
    """Matches keyed spaCy token patterns (the keys in ``_SUPPORTED_KEYS``); see the module
    docstring for how, and what its results equal."""

    def __init__(self, keyed_patterns: Iterable[tuple[str, list[dict]]]):
        self.patterns: list[_Pattern] = []
        self.index: dict[str, dict[str, list[_Pattern]]] = {"lower": {}, "text": {}}
        self.scan: list[_Pattern] = []  # first required token is a regex: tried everywhere
        self._candidate_memo: dict[str, tuple[_Pattern, ...]] = {}
        self._pair_memo: dict[tuple[str, str | None], tuple[_Pattern, ...]] = {}
        signatures: dict[str, _Pattern] = {}
        for key, pattern in keyed_patterns:
            compiled = _Pattern(key, pattern)
            self.patterns.append(compiled)
            if compiled.signature in signatures:
                compiled.shared = signatures[compiled.signature].shared = True
            signatures.setdefault(compiled.signature, compiled)
            first = compiled.core[0]
            anchor = first.anchor_words() if first.op in (None, "+") else None
            # a candidate of a token passed core[0] when its lookup is the whole test: a scanned
            # test, or an index word of a test of that word alone
            compiled.first_known = first.op is None and (anchor is None or first.direct is not None)
            compiled.settle_known_end()
            if anchor is None:
                self.scan.append(compiled)
            else:
                field, words = anchor
                for word in words:
                    self.index[field].setdefault(word, []).append(compiled)
        for compiled in self.patterns:  # once every rule's flags are final
            compiled.settle_step()

    def __call__(self, doc: Doc, ranges: Iterable[tuple[int, int]] | None = None) -> list[Span]:
        """Matches in the doc, or only those starting in the given token ``ranges``."""
        return [Span(doc, start, end, label=key) for start, end, key in self.offsets(doc, ranges)]

    def offsets(self, doc: Doc, ranges: Iterable[tuple[int, int]] | None = None
                ) -> list[tuple[int, int, str]]:
        """What :meth:`__call__` finds, as ``(start, end, key)`` tuples (no Span objects)."""
        return longest_first(self.match_offsets(doc, ranges))

    def all_matches(self, doc: Doc, ranges: Iterable[tuple[int, int]] | None = None):
        """Every rule's longest match at every position (overlapping), as labelled spans."""
        for start, end, key in self.match_offsets(doc, ranges):
            yield Span(doc, start, end, label=key)

    def match_offsets(self, doc: Doc, ranges: Iterable[tuple[int, int]] | None = None
                      ) -> list[tuple[int, int, str]]:
        """:meth:`all_matches` as ``(start, end, key)`` doc token offsets, in the same order."""
        tokens = joined_view(doc)
        joined = tokens if isinstance(tokens, JoinedView) else None
        text = tokens.text
        memo = self._candidate_memo
        # the positions to try: most words are known to start no rule (an empty memo entry), so
        # they are left out by compress, which with map tests every word in C; a word not seen
        # yet is kept (get gives True)
        known = memo.get
        if ranges is None:
            positions = list(compress(range(tokens.n), map(known, text, repeat(True))))
        else:
            if joined is not None:
                # the view tokens of doc tokens start..end-1 are a run of view positions: the
                # doc index of each view token ascends
                doc_index = joined.doc_index
                ranges = [(bisect_left(doc_index, start), bisect_left(doc_index, end))
                          for start, end in ranges]
            positions = [i for start, end in ranges
                         for i in compress(range(start, end), map(known, text[start:end], repeat(True)))]
        found = []
        pair_memo = self._pair_memo
        last = tokens.n - 1
        for i in positions:
            # the rules a position may start are known from its pair of words once that pair
            # was seen: the word's own candidates are looked up only for a new pair
            pair = (text[i], text[i + 1] if i < last else None)
            kept = pair_memo.get(pair)
            if kept is None:
                candidates = memo.get(text[i])
                if candidates is None:
                    candidates = self._candidates(tokens, i)
                kept = self._second_word(candidates, tokens, i, pair) if candidates else ()
            ends: dict[str, int] | None = None  # per signature, for rules marked shared
            for pattern, known_end, signature, left, key in kept:
                if known_end:
                    end = i + known_end
                elif signature is not None:
                    if ends is None:
                        ends = {}
                    end = ends.get(signature)
                    if end is None:
                        end = ends[signature] = pattern.end_from(tokens, i)
                else:
                    end = pattern.end_from(tokens, i)
                if end > i:
                    start = pattern.extend_left(tokens, i) if left else i
                    if joined is not None:  # back to doc tokens: a match may span a wrapped line
                        start, end = joined.doc_index[start], joined.doc_index[end - 1] + 1
                    found.append((start, end, key))
        return found

    def _second_word(self, candidates: tuple[_Pattern, ...], tokens: TokenView, i: int,
                     pair: tuple[str, str | None]) -> tuple[tuple, ...]:
        # A rule whose first test takes one token matches only if the next token passes its
        # second test, or, when that one is optional, a test after it up to the first required
        # one; a first test taking one or more tokens ("+") may also take the next token itself
        # (_Pattern.next_tests). Like the first, that depends only on the next token's text, so
        # the candidates are narrowed once per distinct pair of word forms.
        following = i + 1
        kept = tuple(p.step for p in candidates
                     if p.next_tests is None
                     or (following < tokens.n
                         and any(test.match(tokens, following) for test in p.next_tests)))
        if len(self._pair_memo) < 200_000:
            self._pair_memo[pair] = kept
        return kept

    def _candidates(self, tokens: TokenView, i: int) -> tuple[_Pattern, ...]:
        # Patterns that may start at a token depend only on its text (its lower-case form and
        # the lexical flags a first test may check follow from the text), so they are worked out
        # once per distinct word form, not once per token.
        found = (self.index["lower"].get(tokens.lower[i], [])
                 + self.index["text"].get(tokens.text[i], [])
                 + [p for p in self.scan if p.core[0].match(tokens, i)])
        found = tuple(found)
        if len(self._candidate_memo) < 200_000:
            self._candidate_memo[tokens.text[i]] = found
        return found


def longest_first(matches: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """spaCy's ``filter_spans`` on ``(start, end, key)`` tuples: the longest match wins an
    overlap, the earlier one (then the one listed first) on a tie; results in text order."""
    if all(a[1] <= b[0] for a, b in zip(matches, matches[1:])):
        # in text order and none overlaps another (two calls in five): all are kept as they are
        return list(matches)
    ordered = sorted(matches, key=lambda m: (m[1] - m[0], -m[0]), reverse=True)
    result = []
    seen: set[int] = set()
    for match in ordered:
        start, end = match[0], match[1]
        if start not in seen and end - 1 not in seen:
            result.append(match)
            seen.update(range(start, end))
    result.sort(key=lambda m: m[0])
    return result


def compile_matcher(vocab, keyed_patterns: Iterable[tuple[str, list[dict]]]) -> RuleMatcher:
    """A :class:`RuleMatcher` for ``(key, token pattern)`` pairs; ``vocab`` is unused (kept for callers)."""
    return RuleMatcher(keyed_patterns)


def longest_matches(doc: Doc, matcher: RuleMatcher) -> list[Span]:
    """Non-overlapping matches, longest first (spaCy's filter_spans), labelled by rule key."""
    return matcher(doc)
