"""Running the stages over an input and writing a run folder (library API behind the CLI)."""
from __future__ import annotations

import logging
import multiprocessing as mp
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .extract import FactsOnly, NoteExtraction, extract_notes
from .ingest import ColumnMap, open_notes
from .records import Note
from .resources import config_hashes
from .runfolder import RunWriter, write_json

log = logging.getLogger(__name__)
CHUNK_NOTES = 256


@dataclass
class ExtractSummary:
    out_dir: Path
    rows_read: int = 0
    notes_processed: int = 0
    skipped: list[dict] = field(default_factory=list)
    failed: list[dict] = field(default_factory=list)
    screened_out: int = 0  # notes of patients without a calciphylaxis term: not run through NLP
    tables: dict[str, int] = field(default_factory=dict)
    wall_seconds: float = 0.0

    @property
    def notes_per_second(self) -> float:
        return self.notes_processed / self.wall_seconds if self.wall_seconds else 0.0


_worker_nlp = None


def _worker_init() -> None:
    global _worker_nlp
    from .nlp.build import load

    _worker_nlp = load()


def _worker_extract(chunk: list[Note]) -> list[NoteExtraction]:
    return list(extract_notes(_worker_nlp, chunk))


def _chunks(notes: Iterator[Note], size: int) -> Iterator[list[Note]]:
    chunk: list[Note] = []
    for note in notes:
        chunk.append(note)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def iter_extractions(notes: Iterator[Note], workers: int = 1, nlp=None) -> Iterator[NoteExtraction]:
    """Extraction in input order; with ``workers > 1`` chunks go to worker processes."""
    if workers <= 1:
        if nlp is None:
            from .nlp.build import load

            nlp = load()
        yield from extract_notes(nlp, notes)
        return
    context = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with context.Pool(workers, initializer=_worker_init) as pool:
        # imap keeps input order, so the output is identical whatever the worker count
        for results in pool.imap(_worker_extract, _chunks(notes, CHUNK_NOTES), chunksize=1):
            yield from results


def extract_run(input_path: str | Path, out_dir: str | Path, columns: ColumnMap | None = None,
                query: str | None = None, workers: int = 1, redact: bool = False,
                progress: bool = True, nlp=None,
                keep_patients=None) -> ExtractSummary:
    """Read notes, extract, and write notes/mentions/relations/facts Parquet plus run.json.

    ``keep_patients`` (a set of patient_ids, e.g. from screening) restricts the NLP to those
    patients' notes; the other notes are still listed in notes.parquet, so every patient gets a
    row downstream, and are counted in run.json as screened out.
    """
    started = time.perf_counter()
    out_dir = Path(out_dir)
    source = open_notes(input_path, columns, query)
    summary = ExtractSummary(out_dir)
    screened_out = 0

    writer = RunWriter(out_dir, redact=redact)
    facts_only = FactsOnly() if keep_patients is not None else None

    def accepted() -> Iterator[Note]:
        nonlocal screened_out
        for note in source:
            if keep_patients is not None and note.patient_id not in keep_patients:
                # kept in notes.parquet so that every input patient gets a patients.csv row
                writer.add(facts_only(note))
                screened_out += 1
                continue
            yield note

    try:
        with _progress(progress) as advance:
            for extraction in iter_extractions(accepted(), workers, nlp):
                if extraction.error:
                    summary.failed.append({"note_id": extraction.note.note_id,
                                           "reason": f"extraction error ({extraction.error})"})
                else:
                    writer.add(extraction)
                    summary.notes_processed += 1
                advance()
    except BaseException:
        writer.abort()
        raise
    summary.tables = writer.close()
    summary.rows_read = source.rows_read
    summary.skipped = [{"row": r.row, "note_id": r.note_id, "reason": r.reason}
                       for r in source.rejected]
    summary.screened_out = screened_out
    summary.wall_seconds = time.perf_counter() - started
    write_json(out_dir / "run.json", _run_json(summary, input_path, workers, redact, screened_out))
    for problem in summary.skipped[:20]:
        log.warning("skipped row %s (note %s): %s", problem["row"], problem["note_id"], problem["reason"])
    return summary


def _run_json(summary: ExtractSummary, input_path, workers: int, redact: bool,
              screened_out: int) -> dict:
    reasons = Counter(s["reason"].split(" ")[0] for s in summary.skipped)
    return {
        "tool": "koebner",
        "version": __version__,
        "input": str(input_path),
        "config_hashes": config_hashes(),
        "settings": {"workers": workers, "redact": redact},
        "counts": {
            "rows_read": summary.rows_read,
            "notes_processed": summary.notes_processed,
            "notes_skipped": len(summary.skipped),
            "notes_screened_out": screened_out,
            "notes_failed": len(summary.failed),
            "skipped_by_reason": dict(reasons),
            **{f"{name}_rows": n for name, n in summary.tables.items()},
        },
        "skipped": summary.skipped,
        "failed": summary.failed,
        "wall_seconds": round(summary.wall_seconds, 3),
        "notes_per_second": round(summary.notes_per_second, 2),
    }


class _progress:
    """A rich progress bar on stderr, or nothing."""

    def __init__(self, enabled: bool):
        self.enabled = enabled

    def __enter__(self):
        if not self.enabled:
            return lambda: None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("notes"), TimeElapsedColumn(), transient=True)
        self.progress.start()
        task = self.progress.add_task("extract", total=None)
        return lambda: self.progress.advance(task)

    def __exit__(self, *exc):
        if self.enabled:
            self.progress.stop()
        return False
