"""All stages in order: (screen) -> extract -> link -> stats -> review (-> evaluate)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .ingest import DEFAULT_MAX_NOTE_CHARS, ColumnMap, IngestError, ReadOptions
from .logs import run_log
from .runfolder import CHECKPOINT_ROWS, claim_run_folder

if TYPE_CHECKING:  # the runner needs spaCy: imported when a run starts, not with the CLI
    from .runner import ExtractSummary

log = logging.getLogger(__name__)
SCREEN_MIN_NOTES = 5_000  # inputs smaller than this are not worth screening


@dataclass
class RunResult:
    """What :func:`run_pipeline` did: the extraction summary, patient counts by decision, the
    case-series statistics, the report's path and, with a gold corpus, the evaluation."""

    out_dir: Path
    extract: ExtractSummary
    patients: int = 0
    calciphylaxis: dict[str, int] = field(default_factory=dict)
    koebner_yes: int = 0
    report_path: Path | None = None
    stats_files: list[Path] = field(default_factory=list)
    stats: object | None = None  # pipeline.stats.CaseSeriesStats
    evaluation: object | None = None
    screened_patients: tuple[int, int] | None = None  # (kept, total)
    results: object | None = None  # pipeline.db.results.ResultsSummary


def run_pipeline(notes: str | Path, out_dir: str | Path, demographics: str | Path | None = None,
                 gold: str | Path | None = None, screen: bool = True, workers: int = 1,
                 columns: ColumnMap | None = None, query: str | None = None, redact: bool = False,
                 progress: bool = True, linker_config: str | Path | None = None,
                 gold_split: str = "all", *, resume: bool = False,
                 chunk_rows: int = CHECKPOINT_ROWS, max_note_chars: int = DEFAULT_MAX_NOTE_CHARS,
                 nlp=None, screen_min_notes: int = SCREEN_MIN_NOTES,
                 options: ReadOptions | None = None, overwrite: bool = False,
                 db: str | None = None, db_schema: str = "koebner",
                 run_id: str | None = None, engine: str = "local",
                 scheduler: str | None = None) -> RunResult:
    """Every stage into ``out_dir``. With ``resume`` an interrupted run continues: extraction
    keeps its finished chunks, and the later stages (cheap, and rewritten whole) run again.

    Every input other than the notes (demographics, gold folder, linker settings) is checked
    before extraction starts, and ``out_dir`` is claimed first: a folder holding another run's
    files is refused unless ``overwrite`` (which removes those files and only them).

    ``notes`` may be a ``postgresql://`` URL; ``db`` also writes the result tables to PostgreSQL
    (schema ``db_schema``), besides the run folder's results.duckdb (pipeline/db/results.py).
    """
    from .link.config import load_config

    check_demographics(demographics)
    if gold is not None and not Path(gold).is_dir():
        raise IngestError(f"gold corpus folder not found: {gold}")
    linker = load_config(linker_config)  # a bad settings file fails now, not after extraction
    out_dir = claim_run_folder(out_dir, overwrite=overwrite, resume=resume)
    with run_log(out_dir):  # warnings of every stage, not only extraction, in koebner.log
        return _run_stages(notes, out_dir, demographics, gold, screen, workers, columns, query,
                           redact, progress, linker, gold_split, resume=resume,
                           chunk_rows=chunk_rows, max_note_chars=max_note_chars, nlp=nlp,
                           screen_min_notes=screen_min_notes, options=options, db=db,
                           db_schema=db_schema, run_id=run_id, engine=engine,
                           scheduler=scheduler)


def _run_stages(notes, out_dir: Path, demographics, gold, screen: bool, workers: int, columns,
                query, redact: bool, progress: bool, linker, gold_split: str, *, resume: bool,
                chunk_rows: int, max_note_chars: int, nlp, screen_min_notes: int, options, db,
                db_schema: str, run_id, engine: str, scheduler) -> RunResult:
    from .link import link_run
    from .report import write_review
    from .runner import extract_run
    from .stats import compute_stats, write_stats

    keep = None
    screened = None
    if screen:
        from .ingest import open_notes
        from .screen import screen_notes

        source = open_notes(notes, columns, query, options=options)
        screening = screen_notes(source, collect_note_ids=False)
        # screening buys speed on large inputs; a small one gets the full NLP on every note, so
        # that mentions of unflagged patients (and their evaluation) are not lost
        if screening.notes_in >= screen_min_notes:
            keep = screening.kept_patient_ids
            screened = (len(screening.kept_patient_ids), screening.patients_in)
            log.info("screen: %d of %d patients have a calciphylaxis term; the others get the "
                     "risk-factor rules only", *screened)
        else:
            log.info("screen: %d notes, fewer than %d: every note gets the full NLP",
                     screening.notes_in, screen_min_notes)
    summary = extract_run(notes, out_dir, columns, query, workers, redact, progress, nlp=nlp,
                          keep_patients=keep, resume=resume, chunk_rows=chunk_rows,
                          max_note_chars=max_note_chars, options=options, engine=engine,
                          scheduler=scheduler)
    linked = link_run(out_dir, linker)
    result = RunResult(out_dir, summary, screened_patients=screened)
    result.patients = len(linked.patients)
    statuses = [p.calciphylaxis for p in linked.patients]
    result.calciphylaxis = {s: statuses.count(s) for s in ("yes", "possible", "no")}
    result.koebner_yes = sum(p.koebner == "yes" for p in linked.patients)
    stats = compute_stats(out_dir, demographics)
    result.stats = stats
    result.stats_files = write_stats(stats, out_dir / "stats")
    log.info("stats: %d files in %s", len(result.stats_files), out_dir / "stats")
    result.report_path = out_dir / "report.html"
    write_review(out_dir, result.report_path, redact=redact)
    log.info("review: wrote %s%s", result.report_path, " (redacted)" if redact else "")
    if gold:
        from .evaluate import evaluate_run, write_evaluation

        result.evaluation = evaluate_run(gold, out_dir, split=gold_split)
        write_evaluation(result.evaluation, out_dir / "evaluation")
        log.info("evaluate: scored against %s (split %s) into %s", gold, gold_split,
                 out_dir / "evaluation")
    from .db.results import write_results

    result.results = write_results(out_dir, db, db_schema, run_id)
    return result


def check_demographics(path: str | Path | None) -> None:
    """A demographics file that will be needed after extraction, checked before it starts."""
    if path is None:
        return
    import pandas as pd

    path = Path(path)
    if not path.is_file():
        raise IngestError(f"demographics file not found: {path}")
    try:
        header = pd.read_csv(path, nrows=0, dtype=str)
    except (ValueError, UnicodeDecodeError, OSError) as exc:
        raise IngestError(f"{path}: not a readable demographics CSV ({type(exc).__name__})") from None
    if "patient_id" not in [str(c).strip() for c in header.columns]:
        raise IngestError(f"{path}: demographics need a patient_id column")
