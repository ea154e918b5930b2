"""A period before lower-case clinical shorthand ('c/o', 's/p', 'pt'), or before a lower-case
pronoun in text typed without capitals (a patient's portal message), ends the sentence."""
import pytest

import pipeline

CASES = [
    ("Back from rehab after a hip repair on 2/8). c/o painful hard spots on the low belly x 10d.",
     ["Back from rehab after a hip repair on 2/8).", "c/o painful hard spots on the low belly x 10d."]),
    ("Seen in HD unit today. pt reports a new sore on the left calf.",
     ["Seen in HD unit today.", "pt reports a new sore on the left calf."]),
    ("Wound healing well. s/p debridement last week, no drainage.",
     ["Wound healing well.", "s/p debridement last week, no drainage."]),
    # portal messages typed without capitals
    ("its right where i put my heparin shots. it got dark last week and hurts.",
     ["its right where i put my heparin shots.", "it got dark last week and hurts."]),
    ("the spot on my leg is bigger. i think it needs looking at. my wife says so too.",
     ["the spot on my leg is bigger.", "i think it needs looking at.", "my wife says so too."]),
    # an abbreviation's period still does not end the sentence, and other lower case continues it
    ("Seen by Dr. pt's usual nephrologist.", ["Seen by Dr. pt's usual nephrologist."]),
    ("Plaque approx. five cm across, tender.", ["Plaque approx. five cm across, tender."]),
    ("Compared with prior exam vs. the photo from May, it is larger.",
     ["Compared with prior exam vs. the photo from May, it is larger."]),
]


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


@pytest.mark.parametrize("text,sentences", CASES, ids=[c[0][:30] for c in CASES])
def test_shorthand_after_a_period_starts_a_sentence(nlp, text, sentences):
    doc = nlp(text)
    assert [s.text for s in doc.sents] == sentences
