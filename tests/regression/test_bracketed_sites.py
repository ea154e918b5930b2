"""A site in brackets is an aside on what precedes it, not the site of a later event."""
import pytest

import pipeline

CASES = [
    # (text, event word, the site texts it is LOCATION-related to)
    ("Prior calciphylaxis (2018, abdomen, resolved); now painful mottling of the skin for two weeks.",
     "mottling", []),
    ("Prior calciphylaxis (2018, abdomen, resolved); now painful mottling of the skin for two weeks.",
     "calciphylaxis", ["abdomen"]),
    ("Stellate eschar (left calf) seen at today's wound check.", "eschar", ["left calf"]),
    ("Necrotic plaque on the right thigh (lateral aspect) after ice packs.", "plaque", ["right thigh"]),
]


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


@pytest.mark.parametrize("text,event,sites", CASES, ids=[f"{c[1]}:{c[0][:25]}" for c in CASES])
def test_bracketed_site_belongs_to_what_precedes_it(nlp, text, event, sites):
    doc = nlp(text)
    found = [arg.text for rel, ev, arg in doc._.koebner_relations
             if rel == "LOCATION" and ev.text.split()[-1] == event]
    assert found == sites
