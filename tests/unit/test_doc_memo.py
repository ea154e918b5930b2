"""Per-doc memo of text and token attributes: never stale for the doc a component is given."""
import spacy

from pipeline.nlp.doc_memo import doc_text, token_view
from pipeline.nlp.matching import RuleMatcher


def test_text_matches_the_doc_from_any_tokenizer(nlp):
    text = "Eschar L thigh at insulin site.\n\nPlan: no ice packs."
    for tokenizer in (nlp.tokenizer, spacy.blank("en").tokenizer):
        doc = tokenizer(text)
        assert doc_text(doc) == doc.text == text


def test_token_view_follows_retokenizing():
    doc = spacy.blank("en")("left lower leg ulcer")
    assert token_view(doc).lower == ["left", "lower", "leg", "ulcer"]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:3])
    assert token_view(doc).text == ["left lower leg", "ulcer"]


def test_matcher_sees_each_doc_own_tokens():
    matcher = RuleMatcher([("SITE", [{"LOWER": "thigh"}]), ("SITE", [{"LOWER": "shin"}])])
    nlp = spacy.blank("en")
    docs = [nlp(f"ulcer on the {word}") for word in ("thigh", "shin", "arm") * 20]
    found = [[span.text for span in matcher(doc)] for doc in docs]
    assert found == [["thigh"], ["shin"], []] * 20
