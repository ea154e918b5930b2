"""The local engine's worker pool: forked with the pipeline out of the garbage collector's sight,
which the process that forked it takes back; the notes still come back whole and in order."""
import gc
import multiprocessing as mp
from datetime import date

import pytest

from pipeline import runner
from pipeline.records import Note

pytestmark = pytest.mark.skipif("fork" not in mp.get_all_start_methods(),
                                reason="the pool inherits a loaded pipeline only where it forks")


def _collector_sees_the_pipeline() -> bool:
    """In a worker: whether the inherited pipeline is among the objects collections walk."""
    return any(obj is runner._worker_nlp for obj in gc.get_objects())


def test_workers_get_the_pipeline_frozen_and_the_parent_keeps_collecting_it(nlp):
    extractor = runner.Extractor(workers=2, nlp=nlp)
    notes = [Note(patient_id="P1", note_id=f"P1-{i}", note_date=date(2021, 3, i + 1),
                  note_type="Derm Consult",
                  text=f"Visit {i}: painful eschar on the L thigh where she injects insulin.")
             for i in range(20)]
    try:
        extracted = list(extractor.start(notes))
        assert not extractor.pool.apply(_collector_sees_the_pipeline)
        assert gc.get_freeze_count() == 0  # nothing of this process stays frozen
        assert any(obj is nlp for obj in gc.get_objects())
    finally:
        extractor.terminate()
    assert [e.note.note_id for e in extracted] == [n.note_id for n in notes]
    for extraction in extracted:
        assert not extraction.error
        assert {(m.label, m.text) for m in extraction.mentions} >= {
            ("LESION", "painful eschar"), ("SITE", "L thigh"), ("TRAUMA", "injects insulin")}
