"""A rule component built from rule data (``from_data``) reads no file and finds what the shipped
rules find."""
import json

import spacy

import pipeline
from pipeline.nlp.sites import KoebnerSites
from pipeline.resources import shipped_rules_dir

TEXT = "Stellate eschar over the L lateral thigh and a smaller one on the right calf."


def test_sites_from_data_match_the_shipped_component(monkeypatch):
    data = json.loads((shipped_rules_dir() / "sites.json").read_text(encoding="utf-8"))
    reference = pipeline.load()
    expected = [(s.text, s._.koebner_region, s._.koebner_laterality)
                for s in reference(TEXT).spans["koebner"] if s.label_ == "SITE"]
    assert expected == [("L lateral thigh", "thigh", "left"), ("right calf", "lower_leg", "right")]

    # with every rule file unreadable, the data given is all the component has
    monkeypatch.setattr("pipeline.nlp.sites.read_config",
                        lambda *a, **k: (_ for _ in ()).throw(AssertionError("a rule file was read")))
    nlp = spacy.blank("en")
    sites = KoebnerSites.from_data(nlp, "koebner_sites", data)
    doc = sites(reference.make_doc(TEXT))
    assert [(s.text, s._.koebner_region, s._.koebner_laterality) for s in doc.spans["koebner"]] == expected
