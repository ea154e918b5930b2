"""A closing bracket's partner as the sentence's asides pair it (context._asides, read for a round
bracket) is the one _opening_bracket finds by counting back: nested, unbalanced or unmatched."""
import itertools

import spacy
from spacy.tokens import Doc

from pipeline.nlp.context import _asides, _opening_bracket


def test_asides_pair_each_closing_bracket_as_opening_bracket_finds_it():
    vocab = spacy.blank("en").vocab
    for n in range(1, 8):
        for words in itertools.product(["(", ")", "x"], repeat=n):
            doc = Doc(vocab, words=list(words))  # one sentence: no sentence starts set
            pairs = _asides(list(words), 0, n)
            for close, word in enumerate(words):
                if word == ")":
                    assert pairs.get(close) == _opening_bracket(doc, close, "("), words
