"""Our gold corpora (`annotations/`) must stay independent of the development notes.

A test split that shares wording with `../shared/eval/dev/` would reward rules tuned on dev
phrases, so no note of a corpus in `annotations/` may share a six-word sequence with any dev
note. Words are lowercase runs of letters and digits; a six-word sequence is six consecutive
words within one note (punctuation and line breaks between them do not matter).
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "annotations"
DEV_NOTES = ROOT.parent / "shared" / "eval" / "dev" / "notes.csv"

N = 6
WORD = re.compile(r"[a-z0-9]+")
SHOWN = 15  # shared sequences listed in a failure message


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def ngrams(text: str, n: int = N) -> set[tuple[str, ...]]:
    """The n-word sequences of one text (consecutive words, as tuples)."""
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def read_texts(path: Path) -> dict[str, str]:
    """note_id -> text of a corpus `notes.csv`."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["note_id"]: row["text"] for row in csv.DictReader(fh)}


def shared_ngrams(ours: dict[str, str], theirs: dict[str, str],
                  n: int = N) -> dict[tuple[str, ...], set[str]]:
    """Each n-gram of `ours` also found in `theirs`, with the ids of our notes that contain it."""
    their_grams: set[tuple[str, ...]] = set()
    for text in theirs.values():
        their_grams |= ngrams(text, n)
    shared: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for note_id, text in ours.items():
        for gram in ngrams(text, n) & their_grams:
            shared[gram].add(note_id)
    return dict(shared)


def describe(shared: dict[tuple[str, ...], set[str]], limit: int = SHOWN) -> str:
    rows = sorted(shared.items(), key=lambda kv: (sorted(kv[1]), kv[0]))
    lines = [f"  {' '.join(gram)!r}  in {', '.join(sorted(ids))}" for gram, ids in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"  ... and {len(rows) - limit} more")
    return "\n".join(lines)


# -- the helper itself -------------------------------------------------------------------


def test_ngrams_are_lowercase_word_runs():
    assert words("Ca 9.4, Phos 7.9; L lower-abd") == ["ca", "9", "4", "phos", "7", "9", "l",
                                                       "lower", "abd"]
    assert ngrams("one two three four five") == set()
    assert ngrams("One two, three\nfour five six seven") == {
        ("one", "two", "three", "four", "five", "six"),
        ("two", "three", "four", "five", "six", "seven"),
    }


def test_shared_six_word_sequence_is_found():
    ours = {"A-01": "Pt c/o a painful violaceous plaque on the R thigh since May."}
    theirs = {"D-01": "Exam today: painful violaceous plaque on the r. thigh, 4 cm."}
    shared = shared_ngrams(ours, theirs)
    assert shared == {("painful", "violaceous", "plaque", "on", "the", "r"): {"A-01"},
                      ("violaceous", "plaque", "on", "the", "r", "thigh"): {"A-01"}}
    assert "A-01" in describe(shared)


def test_five_shared_words_are_not_a_match():
    ours = {"A-01": "Reminded to avoid heating pads on the abdomen."}
    theirs = {"D-01": "Advised to avoid heating pads on his flank."}
    five = ("to", "avoid", "heating", "pads", "on")
    assert shared_ngrams(ours, theirs, n=5) == {five: {"A-01"}}
    assert shared_ngrams(ours, theirs) == {}


# -- the corpora -------------------------------------------------------------------------


def _our_corpora() -> list[Path]:
    return sorted(ANNOTATIONS.glob("**/notes.csv"))


def test_there_is_a_corpus_to_check():
    assert ANNOTATIONS / "notes.csv" in _our_corpora()


@pytest.mark.parametrize("notes", _our_corpora(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_six_word_sequence_shared_with_dev(notes):
    if not DEV_NOTES.exists():
        pytest.skip(f"no dev notes at {DEV_NOTES} (the shared eval folder is not checked out here)")
    shared = shared_ngrams(read_texts(notes), read_texts(DEV_NOTES))
    if shared:
        pytest.fail(
            f"{notes.relative_to(ROOT)} shares {len(shared)} six-word sequence(s) with the dev "
            f"notes {DEV_NOTES}; reword these passages in annotations/src/*.json and rebuild:\n"
            + describe(shared),
            pytrace=False,
        )
