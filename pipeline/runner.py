"""Running extraction over an input and writing a run folder (library API behind the CLI).

The input is processed in chunks of ``chunk_rows`` rows. Each finished chunk is checkpointed in
the run folder (see :mod:`pipeline.runfolder`), so ``resume=True`` after a crash or a SIGKILL
redoes only the unfinished chunks and ends with the same files as an uninterrupted run.

Every input row ends up in exactly one count of run.json:
``rows_read = notes_processed + notes_skipped + notes_screened_out + notes_failed``;
skipped (ingest) and failed (extraction) rows are listed in ``quarantine.csv`` with their reason.
"""
from __future__ import annotations

import gc
import hashlib
import json
import logging
import multiprocessing as mp
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from . import __version__
from .extract import FactsOnly, NoteExtraction, extract_notes, safe_trace
from .ingest import DEFAULT_MAX_NOTE_CHARS, ColumnMap, IngestError, InputChunk, ReadOptions, open_notes
from .records import Note
from .resources import config_hashes
from .runfolder import (
    CHECKPOINT_ROWS,
    LOG_FILE,
    QUARANTINE_COLUMNS,
    TABLES,
    WARNING_COLUMNS,
    Checkpoints,
    ResumeError,
    errors_logged_to,
    note_rows,
    result_rows,
    write_csv,
    write_json,
)

log = logging.getLogger(__name__)
WORKER_BATCH = 16  # notes per worker task: small, so no worker idles long at a checkpoint
SEGMENT_CHARS = 100_000   # notes over nlp.max_length or --max-note-chars: pieces this long at most
TRACE = "traceback"  # the key of a failed note's traceback in its NoteRows

from .errors import EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_RESUME  # noqa: E402,F401  (re-exported)


class NoUsableRows(IngestError):
    """Every row of the input was quarantined (or the input has no rows)."""


@dataclass
class ExtractSummary:
    """What an extraction run did, as run.json records it: rows read, notes processed and
    screened out, the quarantined rows (``skipped`` by ingest, ``failed`` in the NLP) with
    their reasons, row warnings, notices about the whole input and patient counts."""

    out_dir: Path
    rows_read: int = 0
    notes_processed: int = 0
    skipped: list[dict] = field(default_factory=list)   # rejected by ingest (quarantined)
    failed: list[dict] = field(default_factory=list)    # raised in extraction (quarantined)
    warnings: list[dict] = field(default_factory=list)  # processed, with a recorded caveat
    notices: list[str] = field(default_factory=list)    # about the whole input (date order...)
    patients: dict[str, int] = field(default_factory=dict)  # input patients by notes processed
    screened_out: int = 0  # notes of patients without a calciphylaxis term: not run through NLP
    tables: dict[str, int] = field(default_factory=dict)
    wall_seconds: float = 0.0
    chunks: int = 0
    chunks_resumed: int = 0

    @property
    def notes_per_second(self) -> float:
        """Notes processed per second of wall time (0 before the run has a time)."""
        return self.notes_processed / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def quarantined(self) -> int:
        """Rows set aside: rejected by ingest or failed in extraction (quarantine.csv)."""
        return len(self.skipped) + len(self.failed)


# ---------------------------------------------------------------- extraction of a list of notes

def segment_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """Split points for a long text: pieces of at most ``size`` characters, cut preferably at a
    blank line, then a line break, a sentence end, a space; a hard cut only when there is none."""
    bounds = []
    start, n = 0, len(text)
    while n - start > size:
        limit, floor = start + size, start + size // 2
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            found = text.rfind(sep, floor, limit)
            if found != -1:
                cut = found + len(sep)
                break
        if cut <= start:
            cut = limit
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


def extract_segmented(nlp, note: Note, size: int = SEGMENT_CHARS) -> NoteExtraction:
    """Extract a note in pieces, with offsets and mention ids as if it had been one document.

    Context does not cross a cut (a section header or a date in an earlier piece is not seen by a
    later one), which is why cuts prefer blank lines and only notes over nlp.max_length get here.
    """
    mentions, relations, facts = [], [], []
    for start, end in segment_bounds(note.text, size):
        piece = next(extract_notes(nlp, [replace(note, text=note.text[start:end])]))
        if piece.error:
            return NoteExtraction(note, error=piece.error, trace=piece.trace)
        renamed = {}
        for mention in piece.mentions:
            renamed[mention.mention_id] = f"{note.note_id}:M{len(mentions) + 1}"
            mentions.append(replace(mention, mention_id=renamed[mention.mention_id],
                                    start=mention.start + start, end=mention.end + start))
        relations += [replace(r, arg1=renamed[r.arg1], arg2=renamed[r.arg2])
                      for r in piece.relations]
        facts += [replace(f, start=f.start + start, end=f.end + start) for f in piece.facts]
    return NoteExtraction(note, tuple(mentions), tuple(relations), tuple(facts))


def extract_in_order(nlp, notes: Iterable[Note], segment_chars: int = SEGMENT_CHARS,
                     window_over: int | None = None) -> Iterator[NoteExtraction]:
    """Like :func:`pipeline.extract.extract_notes`, also for long notes: a note longer than
    nlp.max_length or ``window_over`` characters is processed in windows (:func:`segment_bounds`)
    of at most that many characters, with offsets into the whole note."""
    limit = nlp.max_length if window_over is None else min(nlp.max_length, window_over)
    pending: list[Note] = []
    for note in notes:
        if len(note.text) <= limit:
            pending.append(note)
            continue
        yield from extract_notes(nlp, pending)
        pending = []
        yield extract_segmented(nlp, note, min(segment_chars, limit))
    yield from extract_notes(nlp, pending)


_worker_nlp = None
_worker_window_over: int | None = None


def _worker_init(window_over: int | None = None) -> None:
    global _worker_nlp, _worker_window_over
    from .nlp.build import load

    _worker_nlp = load()
    _worker_window_over = window_over
    gc.freeze()  # the pipeline lives as long as the worker: no collection need walk it again


def _worker_extract(batch: list[Note]) -> list[NoteExtraction]:
    return list(extract_in_order(_worker_nlp, batch, window_over=_worker_window_over))


def _worker_rows(task: tuple[list[Note], bool]) -> list[NoteRows]:
    batch, redact = task
    return [_rows_of(extraction, redact) for extraction in
            extract_in_order(_worker_nlp, batch, window_over=_worker_window_over)]


# One note's result as table rows: (error type or None, {table: rows}) without the notes table,
# which the writing process builds from the note it already holds. A failed note's rows are
# {TRACE: [its traceback]}, to be logged (the traceback holds no note text).
NoteRows = tuple[str | None, dict[str, list]]


def _rows_of(extraction: NoteExtraction, redact: bool) -> NoteRows:
    if extraction.error:
        return extraction.error, {TRACE: [extraction.trace or ""]}
    return None, result_rows(extraction, redact)


def _batches(notes: list[Note]) -> list[list[Note]]:
    return [notes[i:i + WORKER_BATCH] for i in range(0, len(notes), WORKER_BATCH)]


class Extractor:
    """The NLP in this process or in worker processes, started only when a note needs it."""

    def __init__(self, workers: int = 1, nlp=None, window_over: int | None = None):
        self.workers = workers
        self.nlp = nlp
        self.window_over = window_over  # notes longer than this are processed in windows
        self.pool = None

    def __call__(self, notes: list[Note]) -> list[NoteExtraction]:
        """The notes' extractions, in input order, all at once (see :meth:`start`)."""
        return list(self.start(notes))

    def start(self, notes: list[Note]) -> Iterator[NoteExtraction]:
        """The notes' extractions, in input order. Worker processes begin on them at once, so
        the caller can write out the previous chunk meanwhile; in this process they are made
        as the iterator is read."""
        if not notes:
            return iter(())
        if self.workers <= 1:
            if self.nlp is None:
                from .nlp.build import load

                self.nlp = load()
            return extract_in_order(self.nlp, notes, window_over=self.window_over)
        return self._in_workers(_worker_extract, _batches(notes))

    def start_rows(self, notes: list[Note], redact: bool) -> Iterator[NoteRows]:
        """Like :meth:`start`, as table rows: workers build the rows and send plain dicts, which
        cost the writing process far less to receive than the records themselves."""
        if not notes:
            return iter(())
        if self.workers <= 1:
            return (_rows_of(extraction, redact) for extraction in self.start(notes))
        return self._in_workers(_worker_rows, [(batch, redact) for batch in _batches(notes)])

    def _in_workers(self, work, tasks: list) -> Iterator:
        if self.pool is None:
            self.pool = self._start_pool()
        # imap keeps input order, so the output is identical whatever the worker count
        running = self.pool.imap(work, tasks, chunksize=1)
        return (item for batch in running for item in batch)

    def _start_pool(self):
        global _worker_nlp, _worker_window_over
        _worker_window_over = self.window_over
        if "fork" in mp.get_all_start_methods():
            # forked workers inherit a pipeline loaded once here, instead of each loading its own
            if _worker_nlp is None:
                from .nlp.build import load

                _worker_nlp = self.nlp or load()
            # The workers are forked with this process's objects (the pipeline's ~240,000 among
            # them) out of the collector's sight: a worker's collections would otherwise walk them
            # again and again and, by touching them, copy the memory it shares with this process.
            # This process takes them back: frozen here, what later became garbage would stay.
            gc.freeze()
            try:
                return mp.get_context("fork").Pool(self.workers)
            finally:
                gc.unfreeze()
        return mp.get_context("spawn").Pool(self.workers, initializer=_worker_init,
                                            initargs=(self.window_over,))

    def close(self) -> None:
        """Let the worker processes finish and stop them (a no-op without workers)."""
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None

    def terminate(self) -> None:
        """Stop the worker processes now, unfinished work dropped (on an error or Ctrl+C)."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None


def iter_extractions(notes: Iterator[Note], workers: int = 1, nlp=None,
                     window_over: int | None = None) -> Iterator[NoteExtraction]:
    """Extraction in input order, in batches of :data:`CHECKPOINT_ROWS` notes."""
    extractor = Extractor(workers, nlp, window_over)
    try:
        batch: list[Note] = []
        for note in notes:
            batch.append(note)
            if len(batch) >= CHECKPOINT_ROWS:
                yield from extractor(batch)
                batch = []
        yield from extractor(batch)
    finally:
        extractor.close()


# ---------------------------------------------------------------- one chunk, and the whole run

def _notes_for_nlp(chunk: InputChunk, keep_patients) -> list[Note]:
    return [n for n in chunk.notes if keep_patients is None or n.patient_id in keep_patients]


def _process_chunk(chunk: InputChunk, extracted: Iterator[NoteRows],
                   facts_only: FactsOnly | None, keep_patients, redact: bool
                   ) -> tuple[dict, dict[str, list[dict]]]:
    """Rows of one chunk's tables; ``extracted`` yields the NLP rows of its kept notes."""
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    processed = screened_out = 0
    failed, traces = [], []
    for note, row in zip(chunk.notes, chunk.note_rows):
        if keep_patients is not None and note.patient_id not in keep_patients:
            try:
                error, rows = _rows_of(facts_only(note), redact)
            except Exception as exc:  # noqa: BLE001 - quarantined by type, logged, never text
                error, rows = type(exc).__name__, {TRACE: [safe_trace(exc)]}
            else:
                screened_out += 1
        else:
            error, rows = next(extracted)
            if not error:
                processed += 1
        if error:
            failed.append({"row": row, "note_id": note.note_id, "patient_id": note.patient_id,
                           "reason": f"unexpected extraction error ({error}): a bug, not bad "
                                     f"input; traceback in {LOG_FILE}"})
            trace = (rows.get(TRACE) or [""])[0]
            log.error("row %d (note_id %s): unexpected extraction error\n%s", row, note.note_id,
                      trace)
            traces.append({"row": row, "note_id": note.note_id, "traceback": trace})
            continue
        tables["notes"].extend(note_rows(note, redact))
        for name, table_rows in rows.items():
            tables[name].extend(table_rows)
    record = {
        "index": chunk.index, "first_row": chunk.first_row, "n_rows": chunk.n_rows,
        "processed": processed, "screened_out": screened_out, "failed": failed,
        "traces": traces,  # for an engine whose workers log elsewhere (pipeline.engine)
        "tables": {name: len(rows) for name, rows in tables.items()},
    }
    return record, tables


def run_key(source, redact: bool, keep_patients) -> dict:
    """What an interrupted run must share with its resumption for the parts to be reusable."""
    path = Path(source.path)
    if hasattr(source, "key_input"):  # a database: its URL and row count (pipeline/db/source.py)
        shown, fingerprint = source.key_input()
    elif path.is_dir():
        listing = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in path.iterdir())
        fingerprint = hashlib.sha256(json.dumps(listing).encode()).hexdigest()
        shown = str(path.resolve())
    else:
        stat = path.stat()
        fingerprint = f"{stat.st_size}:{stat.st_mtime_ns}"
        shown = str(path.resolve())
    kept = None
    if keep_patients is not None:
        kept = hashlib.sha256("\n".join(sorted(keep_patients)).encode("utf-8", "replace")).hexdigest()
    return {
        "version": __version__, "input": shown, "input_fingerprint": fingerprint,
        "columns": asdict(source.columns), "query": source.query, "chunk_rows": source.chunk_rows,
        "max_note_chars": source.max_note_chars, "read_options": asdict(source.options),
        "redact": redact, "screened_patients": kept,
        "config_hashes": config_hashes(),
    }


def extract_run(input_path: str | Path, out_dir: str | Path, columns: ColumnMap | None = None,
                query: str | None = None, workers: int = 1, redact: bool = False,
                progress: bool = True, nlp=None, keep_patients=None, *, resume: bool = False,
                chunk_rows: int = CHECKPOINT_ROWS,
                max_note_chars: int = DEFAULT_MAX_NOTE_CHARS,
                options: ReadOptions | None = None, engine: str = "local",
                scheduler: str | None = None) -> ExtractSummary:
    """Read notes, extract, and write notes/mentions/relations/facts Parquet, quarantine.csv,
    row_warnings.csv and run.json.

    ``keep_patients`` (a set of patient_ids, e.g. from screening) restricts the NLP to those
    patients' notes; the other notes are still listed in notes.parquet, so every patient gets a
    row downstream, and are counted in run.json as screened out. ``resume`` continues an
    interrupted run in the same folder (or returns a finished one) instead of starting over.
    Notes over ``max_note_chars`` characters are processed in windows; ``options`` say how to
    read the file (encoding, delimiter, date order). Unexpected errors are logged with their
    traceback (never note text) to the run folder's koebner.log.
    ``engine="dask"`` extracts on a Dask cluster (``scheduler`` address, or a LocalCluster of
    ``workers`` workers) with the same output: :mod:`pipeline.engine.dask_engine`.
    """
    from .engine import check_engine

    check_engine(engine, scheduler)
    if engine == "dask":
        from .engine.dask_engine import extract_run_dask

        with errors_logged_to(Path(out_dir)):
            return extract_run_dask(input_path, out_dir, columns, query, workers, redact, progress,
                                    keep_patients, scheduler=scheduler, resume=resume,
                                    chunk_rows=chunk_rows, max_note_chars=max_note_chars,
                                    options=options)
    out_dir = Path(out_dir)
    source = open_notes(input_path, columns, query, chunk_rows, max_note_chars, options)
    log.info("extract: reading %s in chunks of %d rows with %d worker process(es)%s",
             input_path, chunk_rows, workers, " (resuming)" if resume else "")
    with errors_logged_to(out_dir):
        return _extract_run(source, input_path, out_dir, workers, redact, progress, nlp,
                            keep_patients, resume)


def _extract_run(source, input_path, out_dir: Path, workers: int, redact: bool, progress: bool,
                 nlp, keep_patients, resume: bool) -> ExtractSummary:
    started = time.perf_counter()
    key = run_key(source, redact, keep_patients)
    if resume:
        finished = _finished_run(out_dir, key)
        if finished is not None:
            log.info("run in %s is already complete; nothing to resume", out_dir)
            return finished
    checkpoints = Checkpoints(out_dir)
    summary = ExtractSummary(out_dir)
    summary.chunks_resumed = checkpoints.open(key, resume)
    facts_only = FactsOnly() if keep_patients is not None else None
    extractor = Extractor(workers, nlp, source.max_note_chars)
    n_chunks = 0

    def finish(chunk: InputChunk, record: dict | None, extracted, advance) -> None:
        if record is None:
            record, tables = _process_chunk(chunk, extracted, facts_only, keep_patients, redact)
            checkpoints.write(chunk.index, tables, record)
        log.debug("chunk %d: rows %d-%d, %d processed, %d quarantined", chunk.index,
                  chunk.first_row, chunk.first_row + chunk.n_rows - 1,
                  record["processed"], len(chunk.rejected) + len(record["failed"]))
        summary.notes_processed += record["processed"]
        summary.screened_out += record["screened_out"]
        summary.failed.extend(record["failed"])
        advance(chunk.n_rows)

    try:
        with _progress(progress) as advance:
            # One chunk ahead: workers extract chunk k+1 while this process writes chunk k.
            # Checkpoints are still written in order, one chunk at a time.
            previous = None
            for chunk in source.chunks():
                n_chunks += 1
                record = checkpoints.done(chunk.index)
                if record is not None and (record["first_row"], record["n_rows"]) != (
                        chunk.first_row, chunk.n_rows):
                    raise ResumeError(f"{out_dir}: checkpoint {chunk.index} does not match the "
                                      "input rows; run with --overwrite instead of --resume to start again")
                extracted = None if record is not None else \
                    extractor.start_rows(_notes_for_nlp(chunk, keep_patients), redact)
                if previous is not None:
                    finish(*previous, advance)
                previous = (chunk, record, extracted)
            if previous is not None:
                finish(*previous, advance)
    except BaseException:
        extractor.terminate()
        raise
    extractor.close()
    summary.chunks = n_chunks
    summary.tables = checkpoints.merge(n_chunks)
    return finish_run(summary, source, checkpoints, input_path, started, workers, redact, key)


def finish_run(summary: ExtractSummary, source, checkpoints: Checkpoints, input_path,
               started: float, workers: int, redact: bool, key: dict,
               engine_settings: dict | None = None) -> ExtractSummary:
    """The end of a run on any engine, once its tables are merged: what ingest found, the patient
    counts, the balance check, quarantine.csv, row_warnings.csv and run.json (with
    ``engine_settings`` among its settings), then the checkpoints go."""
    out_dir = summary.out_dir
    summary.rows_read = source.rows_read
    summary.skipped = [{"row": r.row, "note_id": r.note_id, "patient_id": r.patient_id,
                        "reason": r.reason} for r in source.rejected]
    summary.warnings = [{"row": w.row, "note_id": w.note_id, "patient_id": w.patient_id,
                         "warning": w.warning} for w in source.warnings]
    summary.notices = list(source.notices)
    for notice in summary.notices:
        log.warning("%s: %s", input_path, notice)
    summary.patients = patient_counts(out_dir, summary)
    summary.wall_seconds = time.perf_counter() - started
    _check_balance(summary)
    _write_row_files(out_dir, summary)
    run = _run_json(summary, input_path, workers, redact, key)
    run["settings"].update(engine_settings or {})
    write_json(out_dir / "run.json", run)
    checkpoints.remove()
    log.info("extract: %d rows read, %d notes extracted, %d screened out, %d quarantined, "
             "in %.1f s", summary.rows_read, summary.notes_processed, summary.screened_out,
             summary.quarantined, summary.wall_seconds)
    if summary.quarantined:
        log.info("%d of %d rows quarantined, listed with their reasons in %s", summary.quarantined,
                 summary.rows_read, out_dir / "quarantine.csv")
    if summary.notes_processed + summary.screened_out == 0:
        raise NoUsableRows(
            f"{input_path}: no usable note: {summary.rows_read} row(s) read, "
            f"{summary.quarantined} quarantined (reasons in {out_dir / 'quarantine.csv'})"
        )
    return summary


def patient_counts(out_dir: Path, summary: ExtractSummary) -> dict[str, int]:
    """Input patients by how many of their notes were processed: all, some or none (every note
    quarantined); quarantined rows whose patient_id could not be trusted are counted apart."""
    import pyarrow.parquet as pq

    read = set(pq.read_table(out_dir / "notes.parquet", columns=["patient_id"])
               .column("patient_id").to_pylist())
    problems = summary.skipped + summary.failed
    quarantined = {p["patient_id"] for p in problems if p["patient_id"]}
    return {
        "patients_in": len(read | quarantined),
        "patients_processed_all": len(read - quarantined),
        "patients_processed_some": len(read & quarantined),
        "patients_processed_none": len(quarantined - read),
        "quarantined_rows_without_patient_id": sum(not p["patient_id"] for p in problems),
    }


def _check_balance(summary: ExtractSummary) -> None:
    accounted = (summary.notes_processed + len(summary.skipped) + summary.screened_out
                 + len(summary.failed))
    if accounted != summary.rows_read:
        raise RuntimeError(f"internal error: {summary.rows_read} rows read but {accounted} "
                           "accounted for; refusing to write an incomplete run")


def _write_row_files(out_dir: Path, summary: ExtractSummary) -> None:
    quarantine = [{**row, "stage": "ingest"} for row in summary.skipped]
    quarantine += [{**row, "stage": "extract"} for row in summary.failed]
    quarantine.sort(key=lambda row: row["row"])
    write_csv(out_dir / "quarantine.csv", QUARANTINE_COLUMNS, quarantine)
    write_csv(out_dir / "row_warnings.csv", WARNING_COLUMNS, summary.warnings)


def _finished_run(out_dir: Path, key: dict) -> ExtractSummary | None:
    path = out_dir / "run.json"
    if not path.exists() or (out_dir / "parts").exists():
        return None
    data = json.loads(path.read_text())
    if data.get("resume_key") != key:
        return None
    counts = data["counts"]
    return ExtractSummary(
        out_dir, rows_read=counts["rows_read"], notes_processed=counts["notes_processed"],
        skipped=data["skipped"], failed=data["failed"], warnings=data.get("warnings", []),
        notices=data.get("notices", []), patients=data.get("patients", {}),
        screened_out=counts["notes_screened_out"],
        tables={name: counts[f"{name}_rows"] for name in TABLES},
        wall_seconds=data["wall_seconds"], chunks=data.get("chunks", 0),
    )


def _run_json(summary: ExtractSummary, input_path, workers: int, redact: bool, key: dict) -> dict:
    reasons = Counter(s["reason"].split(" (")[0].split(":")[0] for s in summary.skipped)
    return {
        "tool": "koebner",
        "version": __version__,
        "input": str(input_path),
        "config_hashes": config_hashes(),
        "settings": {"workers": workers, "redact": redact, "chunk_rows": key["chunk_rows"],
                     "max_note_chars": key["max_note_chars"], **key["read_options"]},
        "counts": {
            "rows_read": summary.rows_read,
            "notes_processed": summary.notes_processed,
            "notes_skipped": len(summary.skipped),
            "notes_screened_out": summary.screened_out,
            "notes_failed": len(summary.failed),
            "notes_quarantined": summary.quarantined,
            "notes_with_warnings": len({w["row"] for w in summary.warnings}),
            "skipped_by_reason": dict(reasons),
            **{f"{name}_rows": n for name, n in summary.tables.items()},
        },
        "patients": summary.patients,
        "notices": summary.notices,
        "skipped": summary.skipped,
        "failed": summary.failed,
        "warnings": summary.warnings,
        "chunks": summary.chunks,
        "chunks_resumed": summary.chunks_resumed,
        "wall_seconds": round(summary.wall_seconds, 3),
        "notes_per_second": round(summary.notes_per_second, 2),
        "resume_key": key,
    }


class _progress:
    """A rich progress bar on stderr (input rows), or nothing."""

    def __init__(self, enabled: bool):
        self.enabled = enabled

    def __enter__(self):
        if not self.enabled:
            return lambda n=1: None
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("extracting"), BarColumn(),
                                 TextColumn("{task.completed} rows"), TimeElapsedColumn(),
                                 transient=True)
        self.progress.start()
        task = self.progress.add_task("extract", total=None)
        return lambda n=1: self.progress.advance(task, n)

    def __exit__(self, *exc):
        if self.enabled:
            self.progress.stop()
        return False


__all__ = ["CHECKPOINT_ROWS", "EXIT_INPUT", "EXIT_OK", "EXIT_OUTPUT", "EXIT_RESUME",
           "ExtractSummary", "Extractor", "NoUsableRows", "ResumeError", "extract_in_order",
           "extract_run", "extract_segmented", "iter_extractions", "run_key", "segment_bounds"]
