"""Many rule regexes, one pass over the text, with exactly the matches each would find alone.

Rule files hold dozens of regexes (time expressions, risk factors), and scanning a note once per
regex was most of their components' run time. Python's ``re`` tries a pattern at every position
and fails slowly inside big word alternations ("jan|january|feb|..."). ``JointRegex`` works out
from each pattern the heads its matches start with (:mod:`pipeline.nlp.regex_heads`) and:

- where every pattern starts only at the text's start or next to a non-word character (a ``\\b``
  or a lookbehind refusing word characters, as the timex and risk-factor rules do), one scan
  finds the non-word characters a head follows (``re`` skips words in C), and at each such
  position only the patterns whose heads match there are tried, each with its own regex;
- otherwise all patterns are compiled into one regex that, at each position, tries every
  pattern in a lookahead capturing its whole match, behind those head guards, and fails where
  none matched. A lookahead commits to the first match the same backtracking order finds.

Either way, keeping a pattern's matches only from the end of its previous one reproduces
``pattern.finditer`` for every pattern. A pattern that uses group references or conditionals, or
may match empty, keeps its own scan. Heads and first-character guards come from ``re._parser``,
CPython's regex parser; a construct it cannot see through just means a weaker guard or none,
never a different result.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import regex_heads
from .regex_heads import Head

try:  # CPython's parser for regular expressions (3.11+: re._parser)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - other interpreters: no guards, still exact
    _sre = _sre_parse = None

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
_UNSUPPORTED = re.compile(r"\(\?P=|\(\?\(|\\[1-9]")  # group references and conditionals


class JointMatch:
    """The parts of ``re.Match`` a rule applier needs, for one pattern of a joint scan."""

    __slots__ = ("_match", "_first", "_names")

    def __init__(self, match: re.Match[str], first: int, names: dict[str, int]):
        self._match, self._first, self._names = match, first, names

    def _index(self, group: int | str) -> int:
        return self._first + (self._names[group] if isinstance(group, str) else group)

    def start(self, group: int | str = 0) -> int:
        """Start offset of ``group`` (as ``re.Match.start``)."""
        return self._match.start(self._index(group))

    def end(self, group: int | str = 0) -> int:
        """End offset of ``group`` (as ``re.Match.end``)."""
        return self._match.end(self._index(group))

    def span(self, group: int | str = 0) -> tuple[int, int]:
        """``(start, end)`` of ``group`` (as ``re.Match.span``)."""
        return self._match.span(self._index(group))

    def group(self, group: int | str = 0) -> str | None:
        """The text of ``group``, None when it did not take part (as ``re.Match.group``)."""
        return self._match.group(self._index(group))

    def groupdict(self) -> dict[str, str | None]:
        """The pattern's named groups (as ``re.Match.groupdict``)."""
        group = self._match.group
        return {name: group(self._first + index) for name, index in self._names.items()}


@dataclass(frozen=True)
class _Member:
    pattern: int              # index in the caller's list
    whole: int                # joint group index of the pattern's whole match (its group 0)
    names: dict[str, int]     # the pattern's own group names -> its own group numbers


class JointRegex:
    """``finditer`` over many patterns at once; ``left_edge`` is a zero-width prefix shared by
    every pattern (e.g. a lookbehind), checked once per position instead of once per pattern."""

    def __init__(self, sources: list[str], flags: int = 0, left_edge: str = ""):
        self.patterns = [re.compile(left_edge + source, flags) for source in sources]
        starts = [_analyse(source, flags) for source in sources]
        # a pattern that may match empty would need finditer's empty-match rules: scan it alone
        # the named groups become plain ones by a textual rewrite, so every "(?P<" must be one
        joint = [i for i, s in enumerate(sources)
                 if not _UNSUPPORTED.search(s) and not starts[i][1]
                 and len(_NAMED_GROUP.findall(s)) == len(self.patterns[i].groupindex)]
        self._alone = sorted(set(range(len(sources))) - set(joint))
        self._joint = joint
        member_heads = {i: regex_heads.heads(sources[i], flags) for i in joint}
        known = bool(joint) and all(member_heads[i] is not None for i in joint)
        self._starts: regex_heads.WordStarts | None = None
        self._index: regex_heads.HeadIndex | None = None
        self.regex: re.Pattern[str] | None = None
        self._members: tuple[_Member, ...] = ()
        if known and (regex_heads.starts_next_to_non_word(left_edge, flags) or all(
                regex_heads.starts_next_to_non_word(left_edge + sources[i], flags) for i in joint)):
            # Every member starts at the text's start or next to a non-word character: only
            # there, where the heads of some member match, is anything tried (positions found by
            # a scan that skips over words in C), and only the members whose heads match.
            self._starts = regex_heads.WordStarts(
                set().union(*(member_heads[i] for i in joint)), flags)
            self._index = regex_heads.HeadIndex([member_heads[i] for i in joint], flags)
        elif joint:
            self.regex = _joint_regex(sources, flags, left_edge, joint, starts, member_heads)
            index = self.regex.groupindex
            self._members = tuple(
                _Member(i, index[f"whole__{i}"], dict(self.patterns[i].groupindex)) for i in joint)

    def finditer(self, text: str) -> Iterator[tuple[int, JointMatch | re.Match[str]]]:
        """(pattern index, match) for every pattern; per pattern, what its own ``finditer``
        yields. Jointly scanned patterns come in text order, others after them. A pattern
        scanned with its own regex gives its ``re.Match`` as is; one of the one-regex scan a
        :class:`JointMatch` (the same methods, for that pattern's groups)."""
        if self._starts is not None:
            yield from self._dispatch(text)
        elif self.regex is not None:
            resume = {m.pattern: 0 for m in self._members}
            members = self._members
            for match in self.regex.finditer(text):
                at = match.start()
                for member in members:
                    end = match.end(member.whole)
                    if end < 0 or at < resume[member.pattern]:
                        continue
                    resume[member.pattern] = end
                    yield member.pattern, JointMatch(match, member.whole, member.names)
        for i in self._alone:
            for match in self.patterns[i].finditer(text):
                yield i, match

    def _dispatch(self, text: str) -> Iterator[tuple[int, re.Match[str]]]:
        """The joint patterns' matches, trying at each candidate start only the patterns whose
        heads match there, each with its own regex (so each finds what its finditer finds)."""
        joint, patterns, index = self._joint, self.patterns, self._index
        remembered, depth = index.memo, index.depth
        resume = [0] * len(patterns)
        for position in self._starts.positions(text):
            key = text[position:position + depth]
            members = remembered.get(key)
            if members is None:
                members = index.members_of(key)
            for k in members:
                i = joint[k]
                if position < resume[i]:
                    continue
                match = patterns[i].match(text, position)
                if match is not None:
                    resume[i] = match.end()
                    yield i, match


def _joint_regex(sources: list[str], flags: int, left_edge: str, joint: list[int],
                 starts: list[tuple[str | None, bool]],
                 member_heads: dict[int, set[regex_heads.Head] | None]) -> re.Pattern[str]:
    """One regex trying, at each position, every member of ``joint`` in a lookahead capturing its
    whole match; it fails where none matched."""
    by_guard: dict[str | None, list[int]] = {}
    for i in joint:
        by_guard.setdefault(starts[i][0], []).append(i)
    # Atomic groups: once a position's lookaheads are tried, a failure at the end (none
    # matched) must not backtrack into them and try them all again.
    parts = []
    for guard, members in by_guard.items():
        # a member's first characters are checked before its pattern is tried
        lookaheads = "".join(
            f"(?>{_head_guard(member_heads[i])}"
            f"(?=(?P<whole__{i}>{_NAMED_GROUP.sub('(', sources[i])}))|)" for i in members)
        parts.append(f"(?>(?={guard}){lookaheads}|)" if guard else lookaheads)
    none_matched = "(?!)"
    for i in reversed(joint):
        none_matched = f"(?(whole__{i})|{none_matched})"
    # every position is first checked against the heads of all members together
    if all(member_heads[i] is not None for i in joint):
        overall = "(?=" + regex_heads.guard(set().union(*(member_heads[i] for i in joint))) + ")"
    else:
        overall = "" if None in by_guard else \
            "(?=[" + "".join(guard[1:-1] for guard in by_guard) + "])"
    return re.compile(left_edge + overall + "".join(parts) + none_matched, flags)


def _head_guard(found: set[Head] | None) -> str:
    return "" if found is None else "(?=" + regex_heads.guard(found) + ")"


# --------------------------------------------------------------------------- first characters

def first_char_guard(source: str, flags: int = 0) -> str | None:
    """A character class every match of ``source`` starts with, e.g. ``[\\d]``; None when the
    pattern can start with anything (or can match empty), so no guard can be put before it."""
    guard, may_be_empty = _analyse(source, flags)
    return None if may_be_empty else guard


def guarded(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` behind a lookahead for the characters every match starts
    with (:func:`first_char_guard`): the same matches, found about twice as fast for the clause
    and cue regexes of the rule files. ``re`` cannot skip ahead to a likely start in a
    case-insensitive alternation, so it enters every alternative at every character (an
    alternative opening with a lookbehind runs it first); behind the guard one class test turns
    most characters away. A pattern that may start with anything, or match empty, is compiled
    as it is, and so is one the guard cannot be put before (global inline flags must open a
    pattern)."""
    guard = first_char_guard(source, flags)
    if guard is not None:
        try:
            return re.compile(f"(?={guard})(?:{source})", flags)
        except re.error:
            pass
    return re.compile(source, flags)


def _analyse(source: str, flags: int) -> tuple[str | None, bool]:
    """(first-character class or None, whether the pattern may match empty; True if unsure)."""
    if _sre_parse is None:
        return None, True
    try:
        parsed = _sre_parse.parse(source, flags)
    except (re.error, RecursionError):
        return None, True
    may_be_empty = parsed.getwidth()[0] == 0
    items, nullable = _first_of_sequence(parsed.data)
    if items is None or nullable or not items:
        return None, may_be_empty
    return "[" + "".join(items) + "]", may_be_empty


def _char(code: int) -> str:
    return f"\\U{code:08x}"


_CATEGORIES = {}
if _sre is not None:
    _CATEGORIES = {
        _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D",
        _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
        _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S",
    }


def _first_of_sequence(items) -> tuple[list[str] | None, bool]:
    """(class items the sequence may start with, whether it may match empty); None = unknown."""
    found: list[str] = []
    for op, av in items:
        first, nullable = _first_of(op, av)
        if first is None:
            return None, True
        found.extend(first)
        if not nullable:
            return found, False
    return found, True


def _first_of(op, av) -> tuple[list[str] | None, bool]:
    if op is _sre.LITERAL:
        return [_char(av)], False
    if op is _sre.IN:
        items = []
        for kind, value in av:
            if kind is _sre.LITERAL:
                items.append(_char(value))
            elif kind is _sre.RANGE:
                items.append(_char(value[0]) + "-" + _char(value[1]))
            elif kind is _sre.CATEGORY and value in _CATEGORIES:
                items.append(_CATEGORIES[value])
            else:  # NEGATE and the rest: anything may follow
                return None, True
        return items, False
    if op is _sre.BRANCH:
        found: list[str] = []
        nullable = False
        for alternative in av[1]:
            first, empty = _first_of_sequence(alternative.data)
            if first is None:
                return None, True
            found.extend(first)
            nullable = nullable or empty
        return found, nullable
    if op is _sre.SUBPATTERN:
        return _first_of_sequence(av[3].data)
    if op is _sre.ATOMIC_GROUP:
        return _first_of_sequence(av.data)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        first, empty = _first_of_sequence(av[2].data)
        if first is None:
            return None, True
        return first, empty or av[0] == 0
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return [], True  # zero width: the next item decides
    return None, True


# a rule file's named regex, used as {NAME} (risk_factors.json "vocabularies")
VOCABULARY_NAME = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def expand_vocabularies(source: str, vocabularies: dict[str, str]) -> str:
    """``source`` with every ``{NAME}`` replaced by the vocabulary of that name (a regex, in a
    non-capturing group; a vocabulary may use others, though never itself). Regex quantifiers
    (``{2}``, ``{0,3}``) are digits and never taken for a name."""
    def fill(match: re.Match, seen: tuple[str, ...] = ()) -> str:
        name = match.group(1)
        if name not in vocabularies:
            raise ValueError(f"no vocabulary {name!r} (vocabularies: "
                             f"{', '.join(sorted(vocabularies)) or 'none'})")
        if name in seen:
            raise ValueError(f"vocabulary {name!r} refers to itself")
        inner = VOCABULARY_NAME.sub(lambda m: fill(m, seen + (name,)), vocabularies[name])
        return f"(?:{inner})"
    return VOCABULARY_NAME.sub(fill, source)
