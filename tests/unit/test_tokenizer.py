"""The chunk-cached tokenizer must give exactly the tokens spaCy's rule tokenizer gives."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.nlp.tokenizer import ChunkCachedTokenizer, clinical_prefixes

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def reference():
    """spaCy's own English tokenizer with our one prefix change, tokenizing whole texts."""
    nlp = spacy.blank("en")
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(clinical_prefixes(nlp)).search
    return nlp.tokenizer


def _tokens(doc):
    return [(t.text, t.whitespace_, t.norm_) for t in doc]


def _corpus_texts(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8", errors="replace") as handle:
        return [row["text"] for row in csv.DictReader(handle) if row.get("text")]


@pytest.mark.parametrize("corpus", ["annotations/notes.csv", "examples/notes.csv"])
def test_same_tokens_as_spacy_on_our_corpora(nlp, reference, corpus):
    texts = _corpus_texts(ROOT / corpus)
    assert len(texts) > 5
    for text in texts:
        doc = nlp.tokenizer(text)
        assert doc.text == text
        assert _tokens(doc) == _tokens(reference(text))


@pytest.mark.parametrize("path", sorted((ROOT / "tests/data/hostile").glob("*.csv")),
                         ids=lambda p: p.name)
def test_same_tokens_as_spacy_on_hostile_files(nlp, reference, path):
    raw = path.read_bytes().decode("utf-8", errors="replace")
    for text in [raw, *raw.splitlines()]:
        assert _tokens(nlp.tokenizer(text)) == _tokens(reference(text))


@pytest.mark.parametrize("text", [
    "",
    " ",
    "  leading spaces",
    "trailing space ",
    "two  spaces\n\n\tand a tab",
    "\n \nIce pack to L elbow.\n",
    "Pt doesn't tolerate heparin; can't rule out calciphylaxis (Dr. Smith, 3 p.m.).",
    "s/p TKA 3/14/2024; ~4 cm eschar, R>L, no-touch dressing\u00a0daily",
    "He's on HD M/W/F -- insulin 10u q.h.s. (don't inject near wound).",
    # spaCy's special-case pass reaches across the space here ("(:"), so ":)" stays split
    "( :)calciphylaxis",
    "Ext: 1+ edema, f/u . RTC 2 wks",
])
def test_same_tokens_as_spacy_on_edge_cases(nlp, reference, text):
    doc = nlp.tokenizer(text)
    assert doc.text == text
    assert _tokens(doc) == _tokens(reference(text))


def test_special_case_norms_survive(nlp):
    doc = nlp.tokenizer("Patient doesn't recall trauma")
    assert [t.text for t in doc][:3] == ["Patient", "does", "n't"]
    assert doc[2].norm_ == "not"


_CLINICAL_PIECES = st.sampled_from([
    "calciphylaxis", "L", "thigh", "don't", "Dr.", "a.m.", "3/14/24", "~2", "cm", "(", ")", ",",
    ".", "-", "s/p", "q.d.", "x2", "insulin", "U.S.", "e.g.", ":)", "n't", "'s", "...",
    "(:", ":1", "1+", "Ext:", "f/u", "u.", "-_-", "a.m", "<3", ":-)", "'", "o",
])
_SPACES = st.sampled_from(["", " ", "  ", "\n", " \n", "\t", "\u00a0"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_CLINICAL_PIECES, _SPACES), max_size=25))
def test_same_tokens_as_spacy_on_generated_text(nlp, reference, pieces):
    text = "".join(piece + space for piece, space in pieces)
    assert _tokens(nlp.tokenizer(text)) == _tokens(reference(text))


def test_only_chunks_holding_a_special_case_text_take_the_special_case_pass(nlp):
    pairs = nlp.tokenizer._special_pairs()
    assert pairs.may_apply("don't") and pairs.may_apply("(Dr.") and pairs.may_apply("3p.m.")
    assert not pairs.may_apply("calciphylaxis") and not pairs.may_apply("(2017,")


@settings(max_examples=400, deadline=None)
@given(st.lists(_CLINICAL_PIECES, min_size=1, max_size=4))
def test_a_chunk_without_special_case_text_splits_the_same_without_the_pass(nlp, pieces):
    chunk = "".join(pieces)
    pairs = nlp.tokenizer._special_pairs()
    if not pairs.may_apply(chunk):
        assert [t.text for t in pairs.bare(chunk)] == [t.text for t in nlp.tokenizer.tokenizer(chunk)]


def test_rule_changes_through_the_wrapper_forget_cached_chunks(nlp):
    tokenizer = ChunkCachedTokenizer(spacy.blank("en").tokenizer)
    assert [t.text for t in tokenizer("HD-catheter site")] == ["HD", "-", "catheter", "site"]
    tokenizer.add_special_case("HD-catheter", [{"ORTH": "HD-catheter"}])
    assert [t.text for t in tokenizer("HD-catheter site")] == ["HD-catheter", "site"]
    tokenizer.rules = {}
    assert [t.text for t in tokenizer("HD-catheter site")] == ["HD", "-", "catheter", "site"]


def test_chunk_memo_is_bounded():
    tokenizer = ChunkCachedTokenizer(spacy.blank("en").tokenizer, max_chunks=50)
    for i in range(500):
        tokenizer(f"note {i} word{i} other{i}")
    assert len(tokenizer._chunks) <= 50
    assert [t.text for t in tokenizer("word7 (left)")] == ["word7", "(", "left", ")"]


def test_a_note_of_new_words_splits_as_spacy_even_past_the_memo_bound(reference):
    # every word of the note is new: they are split together, more of them than the memo holds
    tokenizer = ChunkCachedTokenizer(reference, max_chunks=8)
    text = " ".join(f"(w{i}), don't Dr. x{i}/y~{i}\n" for i in range(20)) + "end."
    assert _tokens(tokenizer(text)) == _tokens(reference(text))
    assert len(tokenizer._chunks) <= 8


def test_pipeline_roundtrips_through_bytes(nlp):
    import pipeline

    fresh = pipeline.load()
    fresh.from_bytes(nlp.to_bytes())
    text = "~4 cm ulcer at L thigh insulin site, don't ice."
    assert isinstance(fresh.tokenizer, ChunkCachedTokenizer)
    assert _tokens(fresh.tokenizer(text)) == _tokens(nlp.tokenizer(text))
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "koebner.clinical_tokenizer.v1"


def test_tokenizer_pickles(nlp):
    import pickle

    text = "Pt doesn't recall trauma to the ~L shin."
    copy = pickle.loads(pickle.dumps(nlp.tokenizer))
    assert _tokens(copy(text)) == _tokens(nlp.tokenizer(text))


EXPECTED_SAVED_SPANS = "[('LESION', 'Eschar'), ('SITE', 'L thigh'), ('TRAUMA', 'insulin site')]"


def test_saved_pipeline_loads_with_spacy_alone(nlp, tmp_path):
    """spaCy finds our factories and tokenizer through the package's entry points."""
    import subprocess
    import sys

    nlp.to_disk(tmp_path / "koebner-nlp")
    script = (
        "import spacy, sys\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp('Eschar on the L thigh at her insulin site.')\n"
        "print(sorted((s.label_, s.text) for s in doc.spans['koebner']))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "koebner-nlp")],
                          capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == EXPECTED_SAVED_SPANS


def test_pieces_that_do_not_line_up_with_the_words_are_refused():
    from pipeline.nlp.tokenizer import _align
    assert _align(["left", "-", "sided", "ulcer"], ["left-sided", "ulcer"]) == [["left", "-", "sided"], ["ulcer"]]
    assert _align(["left-si", "ded"], ["left-", "sided"]) is None  # a piece runs over a word's end
    assert _align(["ulcer"], ["ulcer", "eschar"]) is None  # pieces missing
    assert _align(["ulcer", "eschar"], ["ulcer"]) is None  # pieces left over
