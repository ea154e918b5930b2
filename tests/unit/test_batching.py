"""Components run batch by batch (``BatchedPipe``): the same results as one doc at a time."""
import pytest
from spacy.tokens import Doc

import pipeline
from pipeline.nlp.batching import STAGE_BATCH, BatchedPipe

NOTES = [
    "Dialysis MWF. New eschar on the left thigh at her insulin injection sites, noted 3 weeks ago.",
    "Denies falls. Hemoglobin fell to 8.1. No ulcers on the legs.",
    "Retiform purpura R flank after enoxaparin injections started 4/2/2021; biopsy confirms calciphylaxis.",
    "Ice packs applied to the right knee daily since March; a painful black plaque appeared there in May.",
]


def _summary(doc):
    return [(s.label_, s.start_char, s.end_char, s._.koebner_region, s._.is_negated)
            for s in sorted(doc.spans["koebner"], key=lambda s: s.start_char)], \
        doc._.koebner_relation_offsets, doc._.koebner_facts


def test_batched_pipe_equals_one_doc_at_a_time():
    nlp = pipeline.load()
    texts = NOTES * (STAGE_BATCH // 2 + 3)   # spans several stage batches
    piped = [_summary(d) for d in nlp.pipe(texts, batch_size=1000)]
    single = [_summary(nlp(t)) for t in NOTES]
    assert piped == single * (len(texts) // len(NOTES))
    # the injection-site eschar is found with its site, and the lab value is not a fall
    thigh = NOTES[0].index("left thigh")
    assert ("SITE", thigh, thigh + len("left thigh"), "thigh", False) in single[0][0]
    assert not any(label == "TRAUMA" and NOTES[1][a:b] == "fell" for label, a, b, *_ in single[1][0])


class _Fussy(BatchedPipe):
    name = "fussy"

    def __call__(self, doc: Doc) -> Doc:
        if "BOOM" in doc.text:
            raise ValueError("cannot handle this doc")
        doc.user_data["seen"] = True
        return doc


def test_a_failing_doc_goes_to_the_error_handler_and_the_rest_go_on():
    import spacy

    nlp = spacy.blank("en")
    docs = [nlp.make_doc(t) for t in ("first note", "BOOM note", "third note")]
    failed = []
    component = _Fussy()
    component.set_error_handler(lambda name, proc, bad, exc: failed.append((name, bad[0].text, str(exc))))
    out = list(component.pipe(iter(docs), batch_size=2))
    assert [d.text for d in out] == ["first note", "third note"]
    assert failed == [("fussy", "BOOM note", "cannot handle this doc")]
    with pytest.raises(ValueError, match="cannot handle"):
        list(_Fussy().pipe(iter(docs)))
