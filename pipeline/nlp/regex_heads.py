"""What every match of a regular expression starts with, as a cheap prefilter.

A rule scan spends most of its time trying big patterns at positions where none can match. The
heads of a pattern are the sequences of its first few characters (each as a one-character
regex: a literal or a class) that its matches can begin with. They are worked out from the
pattern itself (CPython's regex parser, ``re._parser``), so a pattern added to a rule file is
prefiltered without anyone writing a trigger list. From them:

- :func:`guard` is a regex matching where some head matches (a lookahead before a pattern);
- :class:`WordStarts` finds, for patterns that start only next to a non-word character, the
  positions after (or at) a non-word character where some head matches, in one scan that ``re``
  runs from one non-word character to the next in C;
- :class:`HeadIndex` says which patterns' heads match at a position, remembered per string.

Heads are read without IGNORECASE: the case variants of a letter are written out (with the four
letters outside ASCII that fold into ASCII ones), so that ``re`` skips an alternative on its
first character instead of entering it. Every simplification is on the safe side: assertions and
lookarounds are skipped (so more strings pass, never fewer), a head is cut short where the next
character cannot be told, a character outside ASCII under IGNORECASE is read as any character,
and a pattern whose first character cannot be told gets no heads at all. A prefilter may let
through positions where the pattern then fails; it never turns away one where it matches.
"""
from __future__ import annotations

import re
from typing import NamedTuple

try:  # CPython's parser for regular expressions (3.11+: re._parser)
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - other interpreters: no guards, still exact
    _sre = _sre_parse = None

class Atom(NamedTuple):
    """One character of a head: a one-character regex read without IGNORECASE (what the
    pattern's item matches under IGNORECASE is written out, or more), and whether every character
    the item itself matches is a word character (``\\w``)."""
    regex: str
    word_only: bool


Head = tuple[Atom, ...]  # the first characters of a match, in order

# characters per head, at most. Six rather than four: many time patterns begin with a common word
# ("the end of", "the 3rd", "with", "and then"), and four characters ("the ") let each of them be
# tried at every "the"; with six, 13 patterns are tried per dense note instead of 40 (same
# matches), and the timex scan takes 15% less time
DEPTH = 6
BUDGET = 1000       # heads per pattern, at most: fewer characters per head rather than more
_MAX_HEADS = 4000   # more partial heads than this: cut them where they are
_MAX_UNROLL = 64    # repetitions followed one by one before cutting the heads short

_CATEGORIES = {}
_WORD_CATEGORIES = ()
if _sre is not None:
    _CATEGORIES = {
        _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D",
        _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
        _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S",
    }
    _WORD_CATEGORIES = (_sre.CATEGORY_DIGIT, _sre.CATEGORY_WORD)

_ASCII_WORD = frozenset(map(ord, "0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
_ASCII_LETTER = frozenset(map(ord, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"))
_ANY = Atom(r"[\s\S]", False)


def guard_flags(flags: int) -> int:
    """The flags a guard regex is compiled with: the pattern's, without IGNORECASE (the heads
    write the case variants out, so that ``re`` can skip alternatives by their first
    character)."""
    return flags & ~re.IGNORECASE


def _char(code: int) -> str:
    return f"\\U{code:08x}"


# Under IGNORECASE an ASCII letter matches its other case and, as the ``re`` documentation says,
# four letters outside ASCII fold into ASCII ones (tests/unit/test_regex_heads.py asks ``re``
# about every character that this list is complete).
_FOLDS_INTO_ASCII = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_ASCII_FOLDS = {
    ord(letter): "".join(_char(ord(c)) for c in (letter.lower(), letter.upper(),
                                                  *_FOLDS_INTO_ASCII.get(letter.lower(), "")))
    for letter in map(chr, _ASCII_LETTER)
}


def _literal_items(code: int, ignorecase: bool) -> str | None:
    """Class items for a literal character (None: any character, to be safe)."""
    if not ignorecase or (code < 128 and code not in _ASCII_LETTER):
        return _char(code)  # not cased: matched as itself
    if code in _ASCII_LETTER:
        return _ASCII_FOLDS[code]
    return None


def _word_char(code: int, flags: int) -> bool:
    return code in _ASCII_WORD or (code >= 128 and not flags & re.IGNORECASE
                                   and re.match(r"\w", chr(code), flags) is not None)


def _atom(op, av, flags: int) -> Atom | None:
    """The atom of a LITERAL, NOT_LITERAL, IN or ANY item; None when it cannot be written (the
    heads then end before it)."""
    ignorecase = bool(flags & re.IGNORECASE)
    if op is _sre.LITERAL:
        items = _literal_items(av, ignorecase)
        if items is None:
            return _ANY
        return Atom(items if len(items) == 10 else "[" + items + "]", _word_char(av, flags))
    if op in (_sre.NOT_LITERAL, _sre.ANY):
        return _ANY
    if op is not _sre.IN:
        return None
    items, word_only = [], True
    for kind, value in av:
        if kind is _sre.NEGATE:
            return _ANY
        if kind is _sre.LITERAL:
            literal = _literal_items(value, ignorecase)
            if literal is None:
                return _ANY
            items.append(literal)
            word_only = word_only and _word_char(value, flags)
        elif kind is _sre.RANGE:
            low, high = value
            if high >= 128:
                return _ANY
            items.append(_char(low) + "-" + _char(high))
            if ignorecase:
                items.extend(_ASCII_FOLDS[c] for c in range(low, high + 1) if c in _ASCII_LETTER)
            word_only = word_only and all(c in _ASCII_WORD for c in range(low, high + 1))
        elif kind is _sre.CATEGORY and value in _CATEGORIES:
            items.append(_CATEGORIES[value])
            word_only = word_only and value in _WORD_CATEGORIES
        else:
            return None
    return Atom("[" + "".join(items) + "]", word_only)


class _Walk:
    """Follows a parsed pattern item by item, extending every partial head it may have."""

    def __init__(self, depth: int, flags: int):
        self.depth, self.flags = depth, flags
        self.done: set[Head] = set()

    def finish(self, heads: set[Head]) -> None:
        self.done |= heads

    def sequence(self, items, heads: set[Head]) -> set[Head]:
        for op, av in items:
            if not heads:
                break
            heads = self.item(op, av, heads)
            if len(heads) > _MAX_HEADS:
                self.finish(heads)
                return set()
        return heads

    def item(self, op, av, heads: set[Head]) -> set[Head]:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            return heads  # zero width: skipping it only lets more through
        if op in (_sre.LITERAL, _sre.NOT_LITERAL, _sre.ANY, _sre.IN):
            atom = _atom(op, av, self.flags)
            if atom is None:
                self.finish(heads)
                return set()
            grown = {head + (atom,) for head in heads}
            full = {head for head in grown if len(head) >= self.depth}
            self.finish(full)
            return grown - full
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:  # inline flags: the guard would not read as the pattern
                self.finish(heads)
                return set()
            return self.sequence(sub.data, heads)
        if op is _sre.ATOMIC_GROUP:
            return self.sequence(av.data, heads)
        if op is _sre.BRANCH:
            out: set[Head] = set()
            for alternative in av[1]:
                out |= self.sequence(alternative.data, set(heads))
            return out
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            return self.repeat(*av, heads)
        self.finish(heads)  # back-references, conditionals, anything unknown
        return set()

    def repeat(self, low: int, high: int, sub, heads: set[Head]) -> set[Head]:
        leave = set(heads) if low == 0 else set()
        current, count = heads, 0
        while current and count < high:
            if count >= _MAX_UNROLL:
                self.finish(current)
                break
            current = self.sequence(sub.data, current)
            count += 1
            if count >= low:
                current = current - leave  # heads seen leaving before go on as they did then
                leave |= current
        return leave


def heads(source: str, flags: int = 0, depth: int = DEPTH, budget: int = BUDGET) -> set[Head] | None:
    """The heads of every match of ``source``: as deep as ``depth`` characters while there are at
    most ``budget`` of them (shorter where the pattern may end or cannot be followed); None when
    some match may start with anything."""
    if _sre_parse is None or flags & re.LOCALE:
        return None
    try:
        parsed = _sre_parse.parse(source, flags)
    except (re.error, RecursionError):
        return None
    found = None
    for level in range(1, depth + 1):
        walk = _Walk(level, flags)
        try:
            walk.finish(walk.sequence(parsed.data, {()}))
        except RecursionError:
            break
        if () in walk.done:
            return None
        if found is not None and len(walk.done) > budget:
            break
        found = walk.done
        if all(len(head) < level for head in found):
            break  # no head grew: deeper ones would be the same
    return found


def guard(all_heads: set[Head]) -> str:
    """A regex (no lookahead around it) that matches where one of ``all_heads`` matches: the
    heads as a tree, so that shared first characters are checked once."""
    tree: dict = {}
    for head in all_heads:
        node = tree
        for atom in head:
            node = node.setdefault(atom, {})
        node[None] = {}  # a head may end here

    def render(node: dict, top: bool) -> str:
        if None in node:
            return ""  # this head is complete: whatever longer heads say adds nothing
        branches = [atom.regex + render(child, False) for atom, child in sorted(node.items())]
        if len(branches) == 1:
            return branches[0]
        # the alternatives are tried one by one: one class of their first characters first
        first = _union(list(node)) if top else None
        return ("" if first is None else f"(?={first})") + "(?:" + "|".join(branches) + ")"

    return render(tree, True)


def _union(atoms: list[Atom]) -> str:
    """One class matching what any of ``atoms`` matches (none is a negated class)."""
    return "[" + "".join(a.regex[1:-1] if a.regex.startswith("[") else a.regex for a in atoms) + "]"


# --------------------------------------------------------------------------- word starts

def starts_next_to_non_word(source: str, flags: int = 0) -> bool:
    """Whether ``source`` asserts, before its first character, that a match starts at the text's
    start or next to a character ``\\w`` does not match: a ``\\b``, a ``^`` or a lookbehind
    that refuses every word character. False when unsure."""
    try:
        parsed = _sre_parse.parse(source, flags)
    except (re.error, RecursionError):
        return False
    for op, av in parsed.data:
        if op is _sre.AT:
            if av in (_sre.AT_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING):
                return True
        elif op is _sre.ASSERT_NOT:
            direction, sub = av
            items = sub.data
            if direction < 0 and len(items) == 1 and items[0][0] is _sre.IN and \
                    (_sre.CATEGORY, _sre.CATEGORY_WORD) in items[0][1] and \
                    (_sre.NEGATE, None) not in items[0][1]:
                return True
        elif op is not _sre.ASSERT:
            return False  # a character is matched before any such assertion
    return False


class WordStarts:
    """The positions where one of ``all_heads`` may start, for patterns that only match at the
    text's start or next to a non-word character (see :func:`starts_next_to_non_word`).

    One regex finds each non-word character followed by a head (or, for heads that may start
    with a non-word character, starting one); ``re`` skips from one non-word character to the
    next in C without trying the pattern inside words, which is where a scan spends its time.

    For case-insensitive patterns an ASCII text (most notes) is scanned lower-cased, by a regex
    of the heads' lower-case characters only: half the time of the regex of both cases, whose
    classes hold the non-ASCII letters that fold into "i", "s" and "k" (:func:`_lower_ascii`).
    """

    def __init__(self, all_heads: set[Head], flags: int = 0):
        self.regex = _starts_regex(all_heads, guard_flags(flags))
        self._lowered: re.Pattern[str] | None = None
        if flags & re.IGNORECASE:
            lowered = _lower_ascii(all_heads)
            if lowered is not None:
                self._lowered = _starts_regex(lowered, (guard_flags(flags) & ~re.UNICODE) | re.ASCII)

    def positions(self, text: str) -> list[int]:
        """The candidate start positions of ``text``, in order, each once; 0 always."""
        regex = self.regex
        if self._lowered is not None and text.isascii():
            # an ASCII text lower-cased keeps its length, and a character matches a head's
            # (case-closed) atom exactly when its lower-case form matches the lowered atom
            regex, text = self._lowered, text.lower()
        groups = regex.groupindex
        at, after2 = groups.get("at"), groups.get("after2")
        if at is None:
            # each match is a non-word character a head follows: the candidate is right after it
            return [0, *map(_match_end, regex.finditer(text))]
        found = [0]
        after = groups["after"]
        for match in regex.finditer(text):
            position = match.start()
            if match.start(at) >= 0 and position > found[-1]:
                found.append(position)
            if match.start(after) >= 0 or (after2 is not None and match.start(after2) >= 0):
                found.append(position + 1)
        return found


def _starts_regex(all_heads: set[Head], flags: int) -> re.Pattern[str]:
    """:class:`WordStarts`' regex: a non-word character before a head (group ``after``), or
    one that is a head's first character (group ``at``; ``after2`` when a head follows it)."""
    after = f"(?={guard(all_heads)})(?P<after>)"
    own: dict[Atom, set[Head]] = {}
    for head in all_heads:
        if not head[0].word_only:
            own.setdefault(head[0], set()).add(head[1:])
    if not own:
        return re.compile(rf"\W{after}", flags)
    # the non-word character itself starts a head: it is the lookbehind's character
    at = "|".join(f"(?<={first.regex})(?={guard(rests)})" if () not in rests
                  else f"(?<={first.regex})" for first, rests in sorted(own.items()))
    return re.compile(rf"\W(?:(?:{at})(?P<at>)(?:{after})?|{after.replace('after', 'after2')})", flags)


_ASCII = tuple(map(chr, range(128)))


def _lower_ascii(all_heads: set[Head]) -> set[Head] | None:
    """The heads for a lower-cased ASCII text: each atom as the lower-case ASCII characters it
    matches. None when an atom matches one case of an ASCII letter and not the other (a head of
    a case-insensitive pattern never does), as lower-casing the text would then change what the
    heads match; or when it matches no ASCII character (not written as a class here)."""
    lowered: dict[Atom, Atom] = {}
    for atom in {atom for head in all_heads for atom in head}:
        matches = re.compile(atom.regex).match
        chars = {c for c in _ASCII if matches(c)}
        if not chars or any((c.lower() in chars) != (c.upper() in chars) for c in _ASCII):
            return None
        kept = sorted(c for c in chars if not c.isupper())
        if len(chars) == len(_ASCII):
            regex = r"[\s\S]"
        elif len(kept) == 1:
            regex = re.escape(kept[0])
        else:
            regex = "[" + "".join(re.escape(c) for c in kept) + "]"
        lowered[atom] = Atom(regex, atom.word_only)
    return {tuple(lowered[atom] for atom in head) for head in all_heads}


_match_end = re.Match.end


class HeadIndex:
    """Which of several patterns may match at a position, read off the next few characters:
    each pattern's heads as a guard regex, and the answer per character string remembered."""

    MEMO = 100_000  # strings remembered; more and the memo starts again

    def __init__(self, heads_of: list[set[Head]], flags: int = 0):
        self.depth = max((len(h) for found in heads_of for h in found), default=0)
        self._guards = [re.compile(guard(found), guard_flags(flags)).match for found in heads_of]
        # the answers so far, by key; callers may read it (JointRegex looks keys up itself)
        self.memo: dict[str, tuple[int, ...]] = {}

    def members(self, text: str, position: int) -> tuple[int, ...]:
        """The indexes (in ``heads_of``) of the patterns a head of which matches at ``position``."""
        return self.members_of(text[position:position + self.depth])

    def members_of(self, key: str) -> tuple[int, ...]:
        """:meth:`members` for the ``depth`` characters ``key`` at a position (fewer at the
        text's end); for callers that look the key up in :attr:`memo` themselves."""
        found = self.memo.get(key)
        if found is None:
            # a head reads no further than depth characters: the key alone decides
            found = tuple(i for i, match in enumerate(self._guards) if match(key))
            if len(self.memo) >= self.MEMO:
                self.memo.clear()
            self.memo[key] = found
        return found
