"""The sentence splitter's shortcuts give what the plain searches give."""
import re

from pipeline.nlp.sentences import _DICTATED_WORDS, DICTATED_PUNCTUATION, spoken_stop_ends


def test_dictated_words_are_in_every_lowered_note_the_pattern_matches():
    letters = set("".join(_DICTATED_WORDS).replace(" ", "")) - {"\u017f"}
    every_char = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    # every character the pattern's letters match case-insensitively lower-cases to one of them,
    # except the long s, which the words list in its own spelling
    matched = set(re.findall("[" + "".join(sorted(letters)) + "]", every_char, re.IGNORECASE))
    assert {c for c in matched if c.lower() not in letters} == {"\u017f"}
    for text in ("Full \u017fTOP today", "NEW PARAGRAPH exam", "healing Comma no sign", "x"):
        prefiltered = any(word in text.lower() for word in _DICTATED_WORDS)
        assert prefiltered or DICTATED_PUNCTUATION.search(text) is None
    assert spoken_stop_ends("biopsy comma culture full \u017ftop exam") == [
        len("biopsy comma culture full \u017ftop")]
