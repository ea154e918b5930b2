"""Per-doc memo of text and token attributes: never stale for the doc a component is given."""
import spacy

from pipeline.nlp.doc_memo import doc_text, is_sentence_first, token_view
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


def test_token_view_from_the_tokenizer_words_equals_the_tokens(nlp):
    # the clinical tokenizer hands over the words it built the doc from; they and their
    # lower-case forms must be what the tokens say, also for mixed case, unicode and spaces
    text = ("HPI: 67F w/ ESRD on HD, ÉCHYMOSES R Thigh x 2 wks;\n\n  İnsulin @ LLQ "
            "(Lantus 20u qHS), don't use ICE PACKS.  Dr. O'Neil f/u 3/14.")
    # the second time every chunk comes from the tokenizer's memo, with its lower-case forms
    for _ in range(2):
        doc = nlp.make_doc(text)
        view = token_view(doc)
        assert view.text == [t.text for t in doc]
        assert view.lower == [t.lower_ for t in doc]
        assert "échymoses" in view.lower and "ice" in view.lower


def test_rules_match_across_a_line_that_wraps_a_sentence_but_not_across_a_list_item(nlp):
    matcher = RuleMatcher([("TRIGGER", [{"LOWER": "not"}, {"LOWER": "excluded"}]),
                           ("SITE", [{"LOWER": "left"}, {"LOWER": "thigh"}])])
    # hard-wrapped dictation: the break sits inside one sentence
    wrapped = nlp("Calciphylaxis of the left\nthigh is not\nexcluded by the shallow biopsy.")
    assert [s.text for s in matcher(wrapped)] == ["left\nthigh", "not\nexcluded"]
    # a list: each line is its own item, so no rule joins the end of one to the start of the next
    listed = nlp("Skin exam:\nL arm: normal\nLeft\nThigh: eschar\nPressure points: not\nExcluded: none")
    assert [s.text for s in matcher(listed)] == []


def test_the_splitter_remembers_what_later_components_would_read_back(nlp):
    """The sentence splitter fills the sentence starts and the joined view; both must equal
    what the memo reads back from the doc itself."""
    from pipeline.nlp import doc_memo

    splitter = nlp.get_pipe("koebner_sentences")
    for text in ["Eschar L thigh, painful\nfor 2 wks. Plan:\n- ice packs\n- no heat\n\nDr. Smith",
                 "a\nb", "x", "Pt.\nleft\n\nright", "word\n  next line\nMore."]:
        doc = splitter(nlp.make_doc(text))
        remembered = doc_memo.joined_view(doc)
        base = doc_memo.token_view(doc)
        breaks = doc_memo._wrapping_breaks(base)
        kept = getattr(remembered, "doc_index", list(range(base.n)))
        assert [i for i in range(base.n) if i not in kept] == breaks, text
        assert doc_memo.sentence_firsts(doc) == doc_memo._read_sentence_firsts(doc), text
        assert doc_memo.sentence_firsts(doc) == [s.start for s in doc.sents], text


def test_sentence_firsts_answer_what_each_token_says_of_its_sentence_start(nlp):
    # read from the memo instead of a Token per question: the same answer for every token,
    # after the clinical splitter and on a doc no splitter has seen (only token 0 starts one)
    text = ("Eschar L thigh. Onset after insulin there\nPlan: wound care;\n\n"
            "Dr. Lee saw her. Ice packs? None.")
    split = nlp.get_pipe("koebner_sentences")(nlp.make_doc(text))
    unsplit = spacy.blank("en")(text)
    for doc in (split, unsplit):
        assert [is_sentence_first(doc, i) for i in range(len(doc))] == \
            [bool(token.is_sent_start) for token in doc]
    assert sum(is_sentence_first(split, i) for i in range(len(split))) >= 4
