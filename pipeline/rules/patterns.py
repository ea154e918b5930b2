"""Which words of a token pattern can never match a token of our tokenizer."""
from __future__ import annotations

import re
from functools import lru_cache

import spacy

from ..nlp.build import TOKENIZER_CONFIG

FOLDED = ("LOWER",)            # compared with the lower-cased token
EXACT = ("ORTH", "TEXT")


@lru_cache(maxsize=1)
def tokenizer():
    """The clinical tokenizer of the pipeline (built once), to see how a pattern word splits."""
    from ..nlp import factories  # noqa: F401  (registers the clinical tokenizer)

    return spacy.blank("en", config=TOKENIZER_CONFIG).tokenizer


def _words(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and "IN" in value:
        return list(value["IN"])
    return []


def _why(tok, word: str, folded: bool) -> str | None:
    if not word:
        return "is empty"
    if folded and word != word.lower():
        return "has upper case, but LOWER compares with the lower-cased token"
    if re.search(r"\s", word):
        return "holds a space, and a token never does"
    pieces = [t.text for t in tok(word)]
    if len(pieces) > 1:
        return f"is split by the tokenizer into {' '.join(repr(p) for p in pieces)}"
    return None


def dead_words(tok, token: dict) -> tuple[list[tuple[str, str]], int]:
    """(word, reason) for each listed word of a token pattern that no token can be, and the
    number of listed words (0 when the token is a regex or a flag)."""
    dead, total = [], 0
    for key in FOLDED + EXACT:
        words = _words(token.get(key))
        total += len(words)
        for word in words:
            why = _why(tok, word, key in FOLDED)
            if why:
                dead.append((word, why))
    return dead, total
