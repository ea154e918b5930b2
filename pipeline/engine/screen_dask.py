"""``koebner screen --engine dask``: pass 1 of the screen (which patients have a calciphylaxis
term) on a Dask cluster, one task per group of Parquet row groups, each worker reading its rows
from the file itself. Pass 2 (listing and writing the kept notes) is :mod:`pipeline.screen`'s own.

Screening runs at over 100 MB/s per core: shipping the text from this process to the workers
would cost as much as scanning it here, so only Parquet inputs, which workers can read by row
group, are scanned on the cluster; the path must be readable at the same place on every worker
(a shared file system). Other inputs, or a Parquet file pyarrow cannot read as the screen needs,
are scanned here by the local screen, with a log line saying so. Either way the result is the
local screen's: the same patients, counts and kept notes.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from ..ingest import ColumnMap, open_notes
from ..screen import scan as local_scan
from ..screen.terms import ScreenTerms, TermMatcher, load_terms
from . import ClusterError

log = logging.getLogger(__name__)
GROUPS_PER_TASK = 4  # Parquet row groups read and scanned by one task


def scan_row_groups(path: str, pid_col: str, text_col: str, groups: list[int],
                    terms: ScreenTerms) -> tuple[set[str], int, set[str], int, int] | None:
    """(flagged patients, notes, patients, notes matched, bytes) of some row groups: the loop of
    :func:`pipeline.screen.scan._arrow_scan` over those groups only; None where pyarrow fails
    on the data (the local screen then reads the input through ingest)."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    matcher = TermMatcher(terms)
    pattern = local_scan._candidate_pattern(terms)
    flagged: set[str] = set()
    patients: set[str] = set()
    notes_in = matched = n_bytes = 0
    try:
        batches = pq.ParquetFile(path).iter_batches(
            batch_size=local_scan.BATCH_ROWS, row_groups=groups, columns=[pid_col, text_col],
            use_threads=False)
        for batch in batches:
            pids = pc.utf8_trim_whitespace(pc.cast(batch.column(0), pa.string()))
            texts = batch.column(1)
            notes_in += len(texts)
            n_bytes += pc.sum(pc.binary_length(texts)).as_py() or 0
            patients.update(pids.to_pylist())
            candidates = pc.match_substring_regex(texts, pattern, ignore_case=True)
            rows = pc.indices_nonzero(pc.fill_null(candidates, False)).to_pylist()
            for pid, text in zip(pids.take(rows).to_pylist(), texts.take(rows).to_pylist()):
                if text and pid and matcher.matches(text):
                    matched += 1
                    flagged.add(pid)
    except (pa.ArrowInvalid, UnicodeDecodeError):
        return None
    return flagged, notes_in, patients, matched, n_bytes


def _on_workers(src) -> bool:
    """Whether workers can scan the input (a Parquet file pyarrow reads as the screen needs)."""
    is_parquet = src.query is None and src.path.suffix.lower() in local_scan.ARROW_PARQUET
    if is_parquet and local_scan._arrow_batches(src) is not None:
        return True
    log.warning("screen --engine dask scans Parquet inputs on the workers; %s is scanned in "
                "this process", src.path.name)
    return False


def flag_patients_dask(source: str | Path, columns: ColumnMap | None = None,
                       query: str | None = None, terms: ScreenTerms | None = None, *,
                       client) -> local_scan.ScreenResult:
    """:func:`pipeline.screen.flag_patients` with the scan on the cluster of ``client``."""
    import pyarrow.parquet as pq

    src = open_notes(source, columns, query)
    terms = terms or load_terms()
    if not _on_workers(src):
        return local_scan.flag_patients(src, terms=terms)
    wall, cpu = time.perf_counter(), time.process_time()
    n_groups = pq.ParquetFile(src.path).num_row_groups
    path = str(src.path.resolve())
    futures = [client.submit(scan_row_groups, path, src.columns.patient_id, src.columns.text,
                             list(range(i, min(i + GROUPS_PER_TASK, n_groups))), terms,
                             pure=False)
               for i in range(0, n_groups, GROUPS_PER_TASK)]
    try:
        parts = client.gather(futures)
    except Exception as exc:
        log.exception("screening %s failed on the Dask cluster", src.path.name)
        raise ClusterError(f"screening failed on the Dask cluster: {type(exc).__name__}: {exc}"
                           ) from exc
    if any(part is None for part in parts):
        log.warning("pyarrow could not read %s on a worker; it is screened in this process",
                    src.path.name)
        return local_scan.flag_patients(src, terms=terms)
    flagged: set[str] = set()
    patients: set[str] = set()
    notes_in = matched = n_bytes = 0
    for part_flagged, part_notes, part_patients, part_matched, part_bytes in parts:
        flagged |= part_flagged
        patients |= part_patients
        notes_in += part_notes
        matched += part_matched
        n_bytes += part_bytes
    patients.discard(None)
    patients.discard("")
    return local_scan.ScreenResult(
        source=str(src.path), kept_patient_ids=frozenset(flagged), notes_in=notes_in,
        patients_in=len(patients), notes_matched=matched, bytes_scanned=n_bytes,
        scan_seconds=time.perf_counter() - wall, scan_cpu_seconds=time.process_time() - cpu,
        reader="arrow (dask)", total_seconds=time.perf_counter() - wall)


def screen_notes_dask(source: str | Path, out: str | Path | None = None,
                      columns: ColumnMap | None = None, query: str | None = None,
                      terms: ScreenTerms | None = None, *, scheduler: str | None = None,
                      workers: int = 2, client=None) -> local_scan.ScreenResult:
    """:func:`pipeline.screen.screen_notes` (with ``collect_note_ids=False``), pass 1 on Dask."""
    from ..screen.output import NotesWriter
    from .dask_engine import dask_client

    started = time.perf_counter()
    if out is not None:
        NotesWriter.check_path(Path(out))
    if client is not None:
        result = flag_patients_dask(source, columns, query, terms, client=client)
    elif not _on_workers(open_notes(source, columns, query)):
        result = local_scan.flag_patients(source, columns, query, terms)
    else:
        with dask_client(scheduler, workers, preload=False) as made:
            result = flag_patients_dask(source, columns, query, terms, client=made)
    if out is None:
        return result
    second = open_notes(source, columns, query)
    kept = 0
    with_writer = NotesWriter(Path(out), second.columns)
    try:
        for batch in local_scan.iter_kept_notes(second, result.kept_patient_ids):
            kept += len(batch)
            with_writer.write(batch)
    finally:
        with_writer.close()
    result.notes_kept = kept
    result.rejected = list(second.rejected)
    result.out = str(out)
    result.total_seconds = time.perf_counter() - started
    return result


__all__ = ["flag_patients_dask", "scan_row_groups", "screen_notes_dask"]
