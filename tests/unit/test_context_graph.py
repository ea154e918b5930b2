"""The lean ConText graph (pipeline/nlp/context_graph.py) against medspaCy's own objects.

``koebner_context`` builds medspaCy's ConTextModifier/ConTextGraph only when it keeps them
(``store_modifiers``, as ``explain`` asks); otherwise it runs the same steps on plain records.
Both must set the same attributes with the same writes, in the same order: here on the project's
assertion cases, on its annotated notes (the targets the pipeline finds), on the NegEx kit's
sentences with several targets each, and with rules that use what our rule file does not
(``max_targets``). A few sentences also carry what a reader expects of them.
"""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest
from case_loader import read_cases

from pipeline.evaluate.context_kit import locate, read_kit
from pipeline.ingest import open_notes
from pipeline.nlp.context import (
    KoebnerContext,
    build_assertion_nlp,
    read_context_data,
)
from pipeline.nlp.context_graph import supports

ROOT = Path(__file__).resolve().parents[2]
NEGEX_KIT = ROOT.parent / "shared" / "negex" / "negex_dev.tsv"
FLAGS = ("is_negated", "is_uncertain", "is_historical", "is_hypothetical", "is_family")
LABELS = ("LESION", "CALCIPHYLAXIS", "TRAUMA")  # rules allow or exclude some of them


@pytest.fixture(scope="module")
def assertion_nlp():
    return build_assertion_nlp()


def _writes(doc) -> list:
    """The doc's user_data in write order, without medspaCy's objects (kept only on one path)."""
    return [(key, value) for key, value in doc.user_data.items()
            if key[1] not in ("modifiers", "context_graph")]


def _both_ways(component: KoebnerContext, make_doc) -> tuple[list, list]:
    """The writes of the lean path and of medspaCy's path on a fresh doc from ``make_doc``."""
    lean = component(make_doc())
    assert lean._.context_graph is None  # medspaCy's graph was not built
    component.store_modifiers = True
    try:
        reference = component(make_doc())
    finally:
        component.store_modifiers = False
    assert reference._.context_graph is not None
    return _writes(lean), _writes(reference)


def _sentence_doc(nlp, sentence: str, spans: list[tuple[int, int, str]]):
    """``sentence`` through the pipes before koebner_context, with ``spans`` (character offsets
    and label) as its entities."""
    def make():
        doc = nlp.make_doc(sentence)
        for name, pipe in nlp.pipeline:
            if name == "koebner_context":
                break
            doc = pipe(doc)
        ents, taken = [], set()
        for start, end, label in spans:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and not taken & set(range(span.start, span.end)):
                ents.append(span)
                taken |= set(range(span.start, span.end))
        doc.ents = sorted(ents, key=lambda s: s.start)
        return doc
    return make


def _word_targets(sentence: str, first: tuple[int, int] | None) -> list[tuple[int, int, str]]:
    """The given span and every word of five or more letters as further targets, labels in turn:
    several targets per sentence, of the types the rules tell apart."""
    spans = [(first[0], first[1], LABELS[0])] if first else []
    for n, word in enumerate(re.finditer(r"[A-Za-z][A-Za-z-]{4,}", sentence)):
        spans.append((word.start(), word.end(), LABELS[n % len(LABELS)]))
    return spans


def test_the_project_rules_take_the_lean_path(assertion_nlp):
    component = assertion_nlp.get_pipe("koebner_context")
    assert component.lean
    assert supports(component.rules)


# expected by a reader of the sentence, on both paths
READ_CASES = [
    ("No ulcer on the thigh, but there is eschar on the calf.",
     {"ulcer": {"is_negated": True}, "eschar": {"is_negated": False}}),
    ("Biopsy-proven calciphylaxis of the abdomen.", {"calciphylaxis": {"is_uncertain": False}}),
    ("Possible early calciphylaxis of the L thigh.", {"calciphylaxis": {"is_uncertain": True}}),
    ("Her mother had calciphylaxis.", {"calciphylaxis": {"is_family": True}}),
    ("No ice packs to the thigh; warm compresses were used.",
     {"ice packs": {"is_negated": True}, "warm compresses": {"is_negated": False}}),
    ("Calciphylaxis is not excluded.", {"Calciphylaxis": {"is_negated": False,
                                                         "is_uncertain": True}}),
]


@pytest.mark.parametrize("sentence,expected", READ_CASES, ids=[s for s, _ in READ_CASES])
def test_sentences_read_as_a_reader_reads_them_on_both_paths(assertion_nlp, sentence, expected):
    component = assertion_nlp.get_pipe("koebner_context")
    spans = []
    for phrase in expected:
        start = sentence.index(phrase)
        label = "CALCIPHYLAXIS" if phrase.lower() == "calciphylaxis" else (
            "TRAUMA" if phrase in ("ice packs", "warm compresses") else "LESION")
        spans.append((start, start + len(phrase), label))
    make = _sentence_doc(assertion_nlp, sentence, spans)
    lean, reference = _both_ways(component, make)
    assert lean == reference
    for store in (False, True):
        component.store_modifiers = store
        try:
            doc = component(make())
        finally:
            component.store_modifiers = False
        for ent in doc.ents:
            for flag, value in expected[ent.text].items():
                assert getattr(ent._, flag) is value, (ent.text, flag, store)


def test_assertion_cases_give_the_same_writes_on_both_paths(assertion_nlp):
    component = assertion_nlp.get_pipe("koebner_context")
    cases = read_cases("assertion_cases.json") + read_cases("context_cases.json")
    assert len(cases) > 150
    set_flags = 0
    for case in cases:
        sentence = case["sentence"]
        start = sentence.lower().index(case["target"].lower())
        spans = _word_targets(sentence, (start, start + len(case["target"])))
        lean, reference = _both_ways(component,
                                     _sentence_doc(assertion_nlp, sentence, spans))
        assert lean == reference, case["id"]
        set_flags += sum(value is True for _, value in lean)
    assert set_flags > 100  # the cases exercise the graph, not only empty scopes


def test_annotated_notes_give_the_same_writes_on_both_paths(nlp):
    component = nlp.get_pipe("koebner_context")
    texts = [note.text for chunk in open_notes(ROOT / "annotations" / "notes.csv").chunks()
             for note in chunk.notes]
    assert len(texts) > 100
    index = nlp.pipe_names.index("koebner_context")

    def through_sections(text):
        def make():
            doc = nlp.make_doc(text)
            for _, pipe in nlp.pipeline[:index]:
                doc = pipe(doc)
            return doc
        return make

    set_flags = 0
    for text in texts:
        lean, reference = _both_ways(component, through_sections(text))
        assert lean == reference, text[:60]
        set_flags += sum(value is True for _, value in lean)
    assert set_flags > 200


def test_negex_kit_sentences_with_several_targets_give_the_same_writes(assertion_nlp):
    if not NEGEX_KIT.is_file():
        pytest.skip(f"no NegEx kit at {NEGEX_KIT} (the shared folder is not checked out here)")
    component = assertion_nlp.get_pipe("koebner_context")
    rows = read_kit(NEGEX_KIT)
    for row in rows:
        spans = _word_targets(row.sentence, locate(row.condition, row.sentence))
        lean, reference = _both_ways(component,
                                     _sentence_doc(assertion_nlp, row.sentence, spans))
        assert lean == reference, row.id


def test_rules_with_max_targets_give_the_same_writes(assertion_nlp):
    # our rule file sets no max_targets; medspaCy then keeps the nearest targets of a trigger
    data, _ = read_context_data()
    data = copy.deepcopy(data)
    for rule in data["medspacy_default_rules"] + data["context_rules"]:
        if rule.get("direction", "").upper() in ("FORWARD", "BACKWARD", "BIDIRECTIONAL"):
            rule["max_targets"] = 1
    component = KoebnerContext.from_data(assertion_nlp, "koebner_context", data,
                                         input_span_type="ents")
    sentence = "No ulcer, eschar, bruise or purpura of the thigh, calf and abdomen today."
    make = _sentence_doc(assertion_nlp, sentence, _word_targets(sentence, None))
    doc = make()
    assert len(doc.ents) >= 4
    lean, reference = _both_ways(component, make)
    assert lean == reference
    # one target only: the nearest to "No"
    negated = [key[2:] for key, value in lean if key[1] == "is_negated" and value]
    assert negated == [(3, 8)]
