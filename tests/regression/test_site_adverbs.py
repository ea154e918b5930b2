"""'back' as an adverb ("pt back in unit", "two years back") is not the back as a body site."""
import pytest

import pipeline

CASES = [
    ("Pt back in unit after a week at rehab; new eschar on the low belly.", ["low belly"]),
    ("Patient was back at clinic with a painful plaque on the left thigh.", ["left thigh"]),
    ("Two years back she had a necrotic ulcer on the right calf.", ["right calf"]),
    ("Stellate ulcer on his back where the brace strap rubbed.", ["back"]),
    ("Eschar over the lower back, biopsy pending.", ["lower back"]),
]


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


@pytest.mark.parametrize("text,sites", CASES, ids=[c[0][:30] for c in CASES])
def test_back_as_adverb_is_not_a_site(nlp, text, sites):
    doc = nlp(text)
    assert [s.text for s in doc.spans["koebner"] if s.label_ == "SITE"] == sites
