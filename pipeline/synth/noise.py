"""Realistic surface noise for synthetic notes: abbreviations, typos and spacing.

Noise is applied only to filler text. Sentences that carry a storyline fact (a calciphylaxis
mention, a trauma, a lesion) are protected so that a patient's group stays what the generator
says it is; misspellings of the diagnosis are injected on purpose elsewhere.
"""
from __future__ import annotations

import random
import re
from functools import cache

ABBREVIATIONS = {
    "patient": "pt", "Patient": "Pt", "history": "hx", "History": "Hx", "with": "w/",
    "without": "w/o", "bilateral": "b/l", "bilaterally": "b/l", "weeks": "wks", "week": "wk",
    "hypertension": "HTN", "follow up": "f/u", "complains of": "c/o", "secondary to": "2/2",
    "status post": "s/p", "shortness of breath": "SOB", "medications": "meds", "treatment": "tx",
    "treatments": "txs", "diagnosis": "dx", "right": "R", "left": "L", "approximately": "~",
    "increase": "incr", "continue": "cont",
}

TYPO_WORD = re.compile(r"[a-z]{5,}")


@cache
def _abbreviation_pattern() -> re.Pattern[str]:
    keys = sorted(ABBREVIATIONS, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys) + r")\b")


def abbreviate(text: str, rng: random.Random, rate: float) -> str:
    """Replace common words with clinical shorthand, each occurrence with probability ``rate``."""
    if rate <= 0:
        return text

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        return ABBREVIATIONS[word] if rng.random() < rate else word

    return _abbreviation_pattern().sub(swap, text)


def typo(text: str, rng: random.Random) -> str:
    """Mangle one longer lower-case word: swap, drop or double a letter."""
    words = [m.span() for m in TYPO_WORD.finditer(text)]
    if not words:
        return text
    start, end = words[rng.randrange(len(words))]
    word = text[start:end]
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        word = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    elif kind == 1:
        word = word[:i] + word[i + 1:]
    else:
        word = word[:i] + word[i] + word[i:]
    return text[:start] + word + text[end:]


def spacing(text: str, rng: random.Random) -> str:
    """Dictation and copy-paste artefacts: a doubled space or a space before a period."""
    roll = rng.random()
    if roll < 0.08:
        return text.replace(". ", ".  ", 1)
    if roll < 0.12 and text.endswith("."):
        return text[:-1] + " ."
    return text
