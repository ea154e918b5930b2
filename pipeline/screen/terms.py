"""The screening vocabulary and the Aho-Corasick automaton built from it."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from ..resources import ConfigError, config_source
from ..rules.loader import read

CONFIG_NAME = "screening.json"


class ScreenConfigError(ConfigError):
    """The screening term file is missing fields or holds unusable terms."""


@dataclass(frozen=True)
class ScreenTerms:
    """The screening vocabulary, lower-cased: plain terms and whole-word terms."""

    terms: tuple[str, ...]             # matched anywhere in the lower-cased text
    whole_word_terms: tuple[str, ...]  # matched only with no letter directly before or after
    source: str = ""

    @classmethod
    def from_dict(cls, data: dict, source: str = "") -> "ScreenTerms":
        """Terms from a screening.json's data; no term at all, or a blank one, is refused."""
        where = source or "screening config"
        if not isinstance(data, dict):
            raise ScreenConfigError(f"{where}: expected a JSON object with 'terms'")
        terms = data.get("terms", [])
        whole = data.get("whole_word_terms", [])
        for name, values in (("terms", terms), ("whole_word_terms", whole)):
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ScreenConfigError(f"{where}: '{name}' must be a list of strings")
            blank = [i for i, v in enumerate(values) if not v.strip()]
            if blank:
                raise ScreenConfigError(f"{where}: '{name}' item {blank[0]} is empty")
        if not terms and not whole:
            raise ScreenConfigError(f"{where}: no terms: a screen without terms would drop everyone")
        # Lower-cased once here so matching lower-cases only the note text.
        return cls(tuple(t.lower() for t in terms), tuple(t.lower() for t in whole), source)


def load_terms(path: str | Path | None = None) -> ScreenTerms:
    """The terms of ``path``, else of the screening.json in use (the active rules folder's, else
    the shipped one); the file is checked against its schema first (ScreenConfigError naming the
    file and key path)."""
    data = read(CONFIG_NAME, path, ScreenConfigError)
    return ScreenTerms.from_dict(data, config_source(CONFIG_NAME, path))


class TermMatcher:
    """Case-insensitive multi-term search over note text in one pass per note."""

    def __init__(self, terms: ScreenTerms):
        self.terms = terms
        automaton = ahocorasick.Automaton()
        for term in terms.terms:
            automaton.add_word(term, (term, False))
        for term in terms.whole_word_terms:
            # A whole-word entry wins over a plain one only if the plain one is absent.
            if term not in terms.terms:
                automaton.add_word(term, (term, True))
        automaton.make_automaton()
        self._automaton = automaton

    def matches(self, text: str) -> bool:
        """Whether ``text`` holds any term (whole-word terms only as whole words)."""
        lowered = text.lower()
        for end, (term, whole_word) in self._automaton.iter(lowered):
            if not whole_word or _is_whole_word(lowered, end - len(term) + 1, end + 1):
                return True
        return False

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """All hits as (start, end, term) in the lower-cased text (offsets equal the original's
        for text whose lower-case form has the same length, which is all ASCII text)."""
        lowered = text.lower()
        hits = []
        for end, (term, whole_word) in self._automaton.iter(lowered):
            start = end - len(term) + 1
            if not whole_word or _is_whole_word(lowered, start, end + 1):
                hits.append((start, end + 1, term))
        return hits


def _is_whole_word(text: str, start: int, end: int) -> bool:
    # Only letters glue a word on: "CUA.", "(CUA)", "CUA/calciphylaxis" and "h/o CUA2" all count,
    # which keeps the screen looser than any tokenizer that could produce a "CUA" token.
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalpha() and not after.isalpha()
