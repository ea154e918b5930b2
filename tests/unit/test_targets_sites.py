"""Rule-file hygiene for configs/targets/ and configs/sites.json: readable for annotators,
typed for the linker, and cheap for the matcher."""
from pipeline.nlp.matching import OPTIONAL, TokenTest
from pipeline.nlp.targets import read_targets
from pipeline.records import EVENT_LABELS, REGIONS, TRAUMA_TYPES
from pipeline.resources import read_config

CATEGORIES = {*EVENT_LABELS, "IGNORE"}   # what a target rule can find, or ignore


def _first_required(pattern):
    return next(t for t in pattern if t.get("OP") not in OPTIONAL)


def test_every_target_rule_says_what_it_is_for_and_is_typed():
    rules = read_targets()["target_rules"]
    literals = [r["literal"] for r in rules]
    assert len(literals) == len(set(literals)), "two rules share a literal"
    for rule in rules:
        assert rule["category"] in CATEGORIES, rule["literal"]
        for token in rule["pattern"]:
            TokenTest(token)  # unsupported keys or operators raise
        if rule["category"] == "TRAUMA":
            assert rule["metadata"]["trauma_type"] in TRAUMA_TYPES, rule["literal"]


def test_regex_first_tokens_stay_rare():
    # a rule whose first required token is a regex is tried at every token of every note
    rules = read_targets()["target_rules"]
    scanned = [r["literal"] for r in rules
               if isinstance(_first_required(r["pattern"]).get("LOWER"), dict)
               and "REGEX" in _first_required(r["pattern"])["LOWER"]]
    assert len(scanned) <= 8, scanned


def test_site_vocabulary_maps_to_guideline_regions_once():
    data = read_config("sites.json")
    assert set(data["regions"]) == set(REGIONS)
    seen = {}
    for region, terms in data["regions"].items():
        for term in terms:
            assert term == term.lower(), term
            assert term not in seen, f"{term!r} in {seen.get(term)} and {region}"
            seen[term] = region
    assert set(data["plural_terms"]) <= set(seen)
    # adjectives joined to a following body part must themselves name a region
    assert set(data["adjective_terms"]) <= set(seen)


def test_components_label_mentions_of_a_doc_from_another_vocab(nlp):
    # the components name their labels by the pipeline vocab's ids; a doc made by another
    # spaCy pipeline (its own string store, which has never seen "LESION") gets the same labels
    import spacy

    text = "Necrotic ulcer on the left thigh where she injects her insulin."
    doc = spacy.blank("en")(text)
    assert doc.vocab is not nlp.vocab
    for name in ("koebner_sentences", "koebner_targets", "koebner_sites"):
        doc = nlp.get_pipe(name)(doc)
    ours = nlp(text)
    assert sorted((s.start, s.text, s.label_) for s in doc.spans["koebner"]) == \
        sorted((s.start, s.text, s.label_) for s in ours.spans["koebner"] if s.label_ != "TIMEX")
    assert {"LESION", "SITE", "TRAUMA"} <= {s.label_ for s in doc.spans["koebner"]}


def _context_allows(spec: dict, text: str, word: str) -> bool:
    import spacy

    from pipeline.nlp.targets import RuleContext
    doc = spacy.blank("en")(text)
    start = next(t.i for t in doc if t.lower_ == word)
    return RuleContext(spec).allows_at(doc, start, start + 1)


def test_a_veto_is_lifted_where_one_of_its_exceptions_holds():
    spec = {"veto": [{"sentence": ["lidocaine"], "unless": [{"sentence": ["triamcinolone", "kenalog"]}]},
                     {"sentence": ["epidural"]}]}
    # the local anaesthetic alone vetoes the bare verb; a steroid beside it makes it a steroid shot
    assert not _context_allows(spec, "Lidocaine 1% injected into the skin over the wrist.", "injected")
    assert _context_allows(spec, "Kenalog 40 mg and lidocaine injected into the flexor sheath.", "injected")
    assert _context_allows(spec, "Insulin injected into the abdomen.", "injected")
    # the exception lifts its own condition only: another veto still holds
    assert not _context_allows(spec, "Triamcinolone and lidocaine injected into the epidural space.", "injected")


def test_a_conditions_exceptions_are_part_of_the_rule_schema():
    from pipeline.rules.schema import RuleContextSpec
    spec = RuleContextSpec.model_validate({"veto": [{"sentence": ["a"], "unless": [{"next": ["b"]}]}]})
    assert spec.veto[0].unless[0].next == ["b"]
