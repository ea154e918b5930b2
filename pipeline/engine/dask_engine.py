"""The Dask engine: a run's notes partitioned by patient and extracted on a Dask cluster.

The process that starts the run reads and checks the input (the same ingest as the local engine,
so the same rows are quarantined), groups the notes into partitions by patient, and submits one
task per partition. Each finished partition is written under ``parts/`` as Parquet (one file per
table and partition, renamed into place): by the worker itself where it sees the run folder (a
LocalCluster, a shared file system), so that no rows travel back, else here from the Arrow tables
it returns. This process then flushes the files to disk and writes the partition's record last
(:meth:`~pipeline.runfolder.Checkpoints.commit`), so a resumed run redoes only the partitions
that had not finished. Finally the parts are merged into the contract's tables in input order:
the run folder is identical to the local engine's for the same input.

A worker lost mid-run loses only the results it held; Dask's scheduler runs those partitions
again on the remaining workers (up to ``distributed.scheduler.allowed-failures`` times), and
since a partition is written only from its one final result, nothing is lost or written twice.
"""
from __future__ import annotations

import gc
import logging
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from ..ingest import DEFAULT_MAX_NOTE_CHARS, ColumnMap, ReadOptions, open_notes
from ..runfolder import TABLES, Checkpoints, ResumeError, _fsync_dir, _fsync_file, _tmp
from ..runner import CHECKPOINT_ROWS, ExtractSummary, _progress, finish_run, run_key
from . import ClusterError
from .partition import default_partitions, partition_by_patient
from .worker import WRITER_FILE, environment, extract_partition

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = "30s"  # how long to wait for a --scheduler to answer
# A LocalCluster shares this machine's cores with its own workers, so its housekeeping is slowed
# down: Dask's defaults (every event loop ticking every 20 ms, each nanny polling its worker's
# memory every 100 ms, the statistical profiler sampling the running task's stack every 10 ms)
# cost an idle 2-worker cluster ~6% of a core in this process and ~2% in each worker, for
# dashboards nobody opens. Memory limits are still enforced, within a second.
LOCAL_CLUSTER_CONFIG = {
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.worker.profile.enabled": False,
}


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2, preload: bool = True):
    """A ``distributed.Client``: connected to ``scheduler`` (e.g. ``tcp://10.0.0.5:8786``) or to
    a ``LocalCluster`` of ``workers`` single-threaded worker processes bound to localhost, which
    is closed again on exit. ``preload``: fork the LocalCluster's workers with the pipeline
    built (the screen needs none)."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except OSError as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        try:
            yield client
        finally:
            client.close()
        return
    import dask

    cluster = _local_cluster(LocalCluster, workers, preload)
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def _local_cluster(LocalCluster, workers: int, preload: bool = True):
    """Single-threaded worker processes on 127.0.0.1. Where the OS can fork, the pipeline is
    built once here and the workers are forked with it (as the local engine's pool is): each
    spawned worker would otherwise spend seconds importing and building its own."""
    import multiprocessing as mp

    import dask

    from . import worker

    method = "fork" if preload and "fork" in mp.get_all_start_methods() else "spawn"
    if method == "fork" and worker._preloaded is None:
        from ..nlp.build import load

        worker._preloaded = load()
    with dask.config.set({"distributed.worker.multiprocessing-method": method,
                          **LOCAL_CLUSTER_CONFIG}):
        # forked with this process's objects out of the collector's sight until each worker
        # freezes its own (worker_pipeline), as the local engine's pool is; taken back here after
        gc.freeze()
        try:
            return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                host="127.0.0.1", dashboard_address="127.0.0.1:0")
        finally:
            gc.unfreeze()


def extract_run_dask(input_path: str | Path, out_dir: str | Path, columns: ColumnMap | None = None,
                     query: str | None = None, workers: int = 2, redact: bool = False,
                     progress: bool = True, keep_patients=None, *, scheduler: str | None = None,
                     client=None, partitions: int | None = None, resume: bool = False,
                     chunk_rows: int = CHECKPOINT_ROWS,
                     max_note_chars: int = DEFAULT_MAX_NOTE_CHARS,
                     on_partition: Callable[[int, int], None] | None = None,
                     options: ReadOptions | None = None,
                     workers_write: bool = True) -> ExtractSummary:
    """:func:`pipeline.runner.extract_run` on a Dask cluster; the same run folder.

    ``client`` (a ``distributed.Client``) is used as given; otherwise one is made from
    ``scheduler``, or a LocalCluster with ``workers`` workers is started for this run.
    ``partitions`` defaults to :func:`~pipeline.engine.partition.default_partitions`.
    ``on_partition(done, total)`` is called after each partition is committed.
    ``workers_write``: workers that see the run folder write their part files there; False
    sends every partition's rows back to this process to write (e.g. when the shared file
    system is slow to write from the workers).
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    source = open_notes(input_path, columns, query, chunk_rows, max_note_chars, options)
    notes, rows = [], []
    for chunk in source.chunks():
        notes.extend(chunk.notes)
        rows.extend(chunk.note_rows)
    n_parts = partitions or default_partitions(len(notes), workers)
    key = {**run_key(source, redact, keep_patients), "engine": "dask", "partitions": n_parts}
    checkpoints = Checkpoints(out_dir)
    summary = ExtractSummary(out_dir)
    summary.chunks_resumed = checkpoints.open(key, resume)
    parts = partition_by_patient(notes, rows, n_parts)
    records = {}
    for part in parts:
        record = checkpoints.done(part.index)
        if record is not None:
            records[part.index] = record
    todo = [part for part in parts if part.index not in records]
    if todo:
        keep = frozenset(keep_patients) if keep_patients is not None else None
        run = _PartitionRun(checkpoints, records, progress, on_partition, n_parts, workers_write)
        if client is not None:
            run.submit_all(client, todo, keep, redact, source.max_note_chars)
        else:
            with dask_client(scheduler, workers) as made:
                run.submit_all(made, todo, keep, redact, source.max_note_chars)
    for index in sorted(records):
        for trace in records[index].get("traces", ()):  # logged on the worker, which may be far
            log.error("row %d (note_id %s): unexpected extraction error on a Dask worker\n%s",
                      trace["row"], trace["note_id"], trace["traceback"])
        summary.notes_processed += records[index]["processed"]
        summary.screened_out += records[index]["screened_out"]
        summary.failed.extend(records[index]["failed"])
    summary.failed.sort(key=lambda f: f["row"])
    summary.chunks = n_parts
    summary.tables = _merge_in_input_order(checkpoints, n_parts,
                                           pa.array([note.note_id for note in notes], pa.string()))
    return finish_run(summary, source, checkpoints, input_path, started, workers, redact, key,
                      {"engine": "dask", "scheduler": scheduler or "LocalCluster",
                       "partitions": n_parts})


class _PartitionRun:
    """The partitions of one run on a cluster: submitted, then committed as they finish."""

    def __init__(self, checkpoints: Checkpoints, records: dict[int, dict], progress: bool,
                 on_partition: Callable[[int, int], None] | None, total: int,
                 workers_write: bool = True):
        self.checkpoints = checkpoints
        self.workers_write = workers_write
        self.records = records  # partition index -> record, of every committed partition
        self.progress = progress
        self.on_partition = on_partition
        self.total = total

    def submit_all(self, client, todo, keep, redact: bool, window_over: int | None) -> None:
        """Run the partitions ``todo`` on ``client``'s cluster; commit each as it finishes."""
        from distributed import as_completed

        expected = environment()
        run_id = uuid.uuid4().hex
        out = None
        if self.workers_write:
            out = (str(self.checkpoints.out_dir.resolve()), run_id)
            # the token a worker must read in parts/ to write there (the same folder, this run)
            (self.checkpoints.dir / WRITER_FILE).write_text(run_id, encoding="utf-8")
        futures = {}
        for part in todo:
            part_keep = None if keep is None else keep & {n.patient_id for n in part.notes}
            future = client.submit(extract_partition, part, part_keep, redact, expected,
                                   window_over, out,
                                   key=f"koebner-partition-{part.index:05d}-{run_id}", pure=False)
            futures[future] = part
        try:
            with _progress(self.progress) as advance:
                for future in as_completed(futures):
                    part = futures[future]
                    self._commit(part, future)
                    advance(part.n_notes)
        finally:
            client.cancel(list(futures))

    def _commit(self, part, future) -> None:
        try:
            record, tables = future.result()
        except Exception as exc:
            log.exception("partition %d (input rows %s..%s) failed on the cluster",
                          part.index, part.rows[:1], part.rows[-1:])
            raise ClusterError(f"partition {part.index} ({part.n_notes} notes) failed on "
                               f"the Dask cluster: {type(exc).__name__}: {exc}") from exc
        if part.index in self.records:  # a partition is committed from one result only
            return
        if tables is not None:  # the worker could not see the run folder
            self.checkpoints.write_parts(part.index, tables)
        self.checkpoints.commit(part.index, record)
        self.records[part.index] = record
        log.debug("partition %d: %d notes, %d processed", part.index, part.n_notes,
                  record["processed"])
        if self.on_partition is not None:
            self.on_partition(len(self.records), self.total)


def _merge_in_input_order(checkpoints: Checkpoints, n_parts: int, note_ids: pa.Array
                          ) -> dict[str, int]:
    """Every partition's parts as the contract's tables, rows in input order (a note's own rows
    in the order extraction gave them); ``note_ids``: the notes' ids in input order. The tables
    are merged two at a time (Arrow reads, sorts and writes outside the GIL)."""

    def merge(name: str) -> int:
        schema = TABLES[name]
        pieces = [pq.read_table(checkpoints._part(name, i), schema=schema) for i in range(n_parts)]
        table = pa.concat_tables(pieces) if pieces else schema.empty_table()
        if table.num_rows:
            position = pc.index_in(table.column("note_id"), value_set=note_ids)
            if position.null_count:
                raise RuntimeError(f"internal error: {name} rows of a note that was not read; "
                                   "refusing to write an inconsistent run")
            order = np.argsort(position.to_numpy(zero_copy_only=False), kind="stable")
            table = table.take(pa.array(order))
        path = checkpoints.out_dir / f"{name}.parquet"
        tmp = _tmp(path)
        pq.write_table(table, tmp)
        _fsync_file(tmp)
        tmp.replace(path)
        return table.num_rows

    with ThreadPoolExecutor(max_workers=2) as pool:
        counts = dict(zip(TABLES, pool.map(merge, TABLES)))
    _fsync_dir(checkpoints.out_dir)
    return counts


__all__ = ["ClusterError", "ResumeError", "dask_client", "extract_run_dask"]
