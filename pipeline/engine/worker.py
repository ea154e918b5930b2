"""What runs on a Dask worker: one partition of notes through the pipeline, as table rows.

The pipeline is built once per worker thread and kept for the worker's life. The chunk logic is
the local engine's own (:func:`pipeline.runner._process_chunk`), so a partition gives exactly the
rows, counts and quarantined notes that the local engine gives for the same notes.

A worker that sees the run folder (a LocalCluster, or a shared file system) writes the
partition's part files itself and returns only its record; the process that started the run
then flushes them to disk and commits the partition. Otherwise the rows go back as Arrow tables.
"""
from __future__ import annotations

import gc
import logging
import threading
from pathlib import Path

import pyarrow as pa

from .. import __version__
from ..errors import EXIT_CLUSTER, KoebnerError
from ..ingest.readers import InputChunk
from ..resources import config_hashes
from ..runfolder import TABLES, Checkpoints
from ..runner import _notes_for_nlp, _process_chunk, _rows_of, extract_in_order
from .partition import Partition

log = logging.getLogger(__name__)
_local = threading.local()
_preloaded = None  # a pipeline built before this worker process was forked: the first thread takes it
_preload_lock = threading.Lock()
WRITER_FILE = "dask-writer.txt"  # in parts/: this run's token, which a worker must read to write there


class WorkerMismatch(KoebnerError, RuntimeError):
    """The worker has another koebner version or other rules than the process that started the run."""

    exit_code = EXIT_CLUSTER


def worker_pipeline():
    """This worker thread's pipeline, built on first use.

    Once it is there, in a Dask worker process, the objects the process holds (the pipeline's
    rules, vocabulary and matchers: ~240,000) are moved out of the cyclic garbage collector's
    sight (``gc.freeze``): they live as long as the worker, and collections would otherwise
    walk them again and again (~5% of the extraction's CPU) and copy the memory pages a forked
    worker shares with its parent."""
    global _preloaded
    nlp = getattr(_local, "nlp", None)
    if nlp is None:
        with _preload_lock:
            nlp, _preloaded = _preloaded, None
        if nlp is None:
            from ..nlp.build import load

            nlp = load()
        _local.nlp = nlp
        if _in_dask_worker():
            gc.freeze()
    return nlp


def _in_dask_worker() -> bool:
    from distributed import get_worker

    try:
        get_worker()
    except ValueError:  # called in another process, e.g. from Python or a test
        return False
    return True


def _facts_only():
    facts = getattr(_local, "facts_only", None)
    if facts is None:
        from ..extract import FactsOnly

        facts = _local.facts_only = FactsOnly()
    return facts


def environment() -> dict:
    """What must be the same on the workers as where the run started."""
    return {"version": __version__, "config_hashes": config_hashes()}


def sees_run_folder(out_dir: str | Path, token: str) -> bool:
    """Whether this process sees the run folder of the run with ``token`` (the same folder, not
    one of the same name on another machine): its ``parts/`` holds that token."""
    try:
        return (Path(out_dir) / "parts" / WRITER_FILE).read_text(encoding="utf-8") == token
    except OSError:
        return False


def extract_partition(partition: Partition, keep_patients: frozenset[str] | None, redact: bool,
                      expected: dict, window_over: int | None = None,
                      out: tuple[str, str] | None = None
                      ) -> tuple[dict, dict[str, pa.Table] | None]:
    """The partition's chunk record (counts, failed notes) and its rows of every table.

    With ``out`` (run folder, token) and that folder visible here (:func:`sees_run_folder`),
    the rows are written as the partition's part files and None is returned in their place;
    the partition is done only once the starting process commits it. Otherwise, or without
    ``out``, the rows are returned as Arrow tables."""
    here = environment()
    if here != expected:
        changed = sorted(k for k in here if here[k] != expected.get(k))
        raise WorkerMismatch(f"this worker has a different koebner {', '.join(changed)} than the "
                             "process that started the run: install the same koebner on every "
                             "worker (docs/cluster.md)")
    first_row = partition.rows[0] if partition.rows else 0
    chunk = InputChunk(partition.index, first_row, len(partition.rows), partition.notes,
                       partition.rows, [], [])
    nlp = worker_pipeline()
    kept = _notes_for_nlp(chunk, keep_patients)
    extracted = (_rows_of(extraction, redact)
                 for extraction in extract_in_order(nlp, kept, window_over=window_over))
    facts_only = _facts_only() if keep_patients is not None else None
    record, rows = _process_chunk(chunk, extracted, facts_only, keep_patients, redact)
    tables = {name: pa.Table.from_pylist(rows[name], schema=schema)
              for name, schema in TABLES.items()}
    if out is not None and sees_run_folder(*out):
        try:
            Checkpoints(out[0]).write_parts(partition.index, tables)
        except OSError as exc:  # e.g. read-only here: the client writes them instead
            log.warning("partition %d: cannot write its parts into the run folder from this "
                        "worker (%s); sending the rows back", partition.index,
                        exc.strerror or type(exc).__name__)
        else:
            return record, None
    return record, tables


__all__ = ["WRITER_FILE", "WorkerMismatch", "environment", "extract_partition",
           "sees_run_folder", "worker_pipeline"]
