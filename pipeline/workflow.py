"""All stages in order: (screen) -> extract -> link -> stats -> review (-> evaluate)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .ingest import DEFAULT_MAX_NOTE_CHARS, ColumnMap
from .runner import CHECKPOINT_ROWS, ExtractSummary, extract_run


SCREEN_MIN_NOTES = 5_000  # inputs smaller than this are not worth screening


@dataclass
class RunResult:
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


def run_pipeline(notes: str | Path, out_dir: str | Path, demographics: str | Path | None = None,
                 gold: str | Path | None = None, screen: bool = True, workers: int = 1,
                 columns: ColumnMap | None = None, query: str | None = None, redact: bool = False,
                 progress: bool = True, linker_config: str | Path | None = None,
                 gold_split: str = "all", *, resume: bool = False,
                 chunk_rows: int = CHECKPOINT_ROWS, max_note_chars: int = DEFAULT_MAX_NOTE_CHARS,
                 nlp=None, screen_min_notes: int = SCREEN_MIN_NOTES, engine: str = "local",
                 scheduler: str | None = None) -> RunResult:
    """Every stage into ``out_dir``. With ``resume`` an interrupted run continues: extraction
    keeps its finished chunks, and the later stages (cheap, and rewritten whole) run again."""
    from .link import link_run
    from .report import write_review
    from .stats import compute_stats, write_stats

    out_dir = Path(out_dir)
    keep = None
    screened = None
    if screen:
        from .screen import screen_notes

        screening = screen_notes(notes, columns=columns, query=query, collect_note_ids=False)
        # screening buys speed on large inputs; a small one gets the full NLP on every note, so
        # that mentions of unflagged patients (and their evaluation) are not lost
        if screening.notes_in >= screen_min_notes:
            keep = screening.kept_patient_ids
            screened = (len(screening.kept_patient_ids), screening.patients_in)
    summary = extract_run(notes, out_dir, columns, query, workers, redact, progress, nlp=nlp,
                          keep_patients=keep, resume=resume, chunk_rows=chunk_rows,
                          max_note_chars=max_note_chars, engine=engine, scheduler=scheduler)
    linked = link_run(out_dir, linker_config)
    result = RunResult(out_dir, summary, screened_patients=screened)
    result.patients = len(linked.patients)
    statuses = [p.calciphylaxis for p in linked.patients]
    result.calciphylaxis = {s: statuses.count(s) for s in ("yes", "possible", "no")}
    result.koebner_yes = sum(p.koebner == "yes" for p in linked.patients)
    stats = compute_stats(out_dir, demographics)
    result.stats = stats
    result.stats_files = write_stats(stats, out_dir / "stats")
    result.report_path = out_dir / "report.html"
    write_review(out_dir, result.report_path, redact=redact)
    if gold:
        from .evaluate import evaluate_run, write_evaluation

        result.evaluation = evaluate_run(gold, out_dir, split=gold_split)
        write_evaluation(result.evaluation, out_dir / "evaluation")
    return result
