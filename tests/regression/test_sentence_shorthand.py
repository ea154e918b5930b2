"""A period before lower-case clinical shorthand ('c/o', 's/p', 'pt') ends the sentence."""
import pytest

import pipeline

CASES = [
    ("Back from rehab after a hip repair on 2/8). c/o painful hard spots on the low belly x 10d.",
     ["Back from rehab after a hip repair on 2/8).", "c/o painful hard spots on the low belly x 10d."]),
    ("Seen in HD unit today. pt reports a new sore on the left calf.",
     ["Seen in HD unit today.", "pt reports a new sore on the left calf."]),
    ("Wound healing well. s/p debridement last week, no drainage.",
     ["Wound healing well.", "s/p debridement last week, no drainage."]),
    # an abbreviation's period still does not end the sentence, and other lower case continues it
    ("Seen by Dr. pt's usual nephrologist.", ["Seen by Dr. pt's usual nephrologist."]),
    ("Plaque approx. five cm across, tender.", ["Plaque approx. five cm across, tender."]),
]


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


@pytest.mark.parametrize("text,sentences", CASES, ids=[c[0][:30] for c in CASES])
def test_shorthand_after_a_period_starts_a_sentence(nlp, text, sentences):
    doc = nlp(text)
    assert [s.text for s in doc.sents] == sentences
