"""`koebner extract`: notes in, mentions/relations/facts Parquet, quarantine.csv and run.json out."""
from pathlib import Path

import typer

from ..ingest import DEFAULT_MAX_NOTE_CHARS, ColumnMap
from ..runner import CHECKPOINT_ROWS, EXIT_INPUT, EXIT_OUTPUT, EXIT_RESUME, ResumeError, extract_run


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def fail(code: int, message: str) -> None:
    """Print an error naming the problem (never note text) and exit with a documented code."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def run_errors(exc: BaseException) -> tuple[int, str] | None:
    """The exit code and message for an error the user can act on; None for a bug."""
    from ..engine import EXIT_CLUSTER, ClusterError

    if isinstance(exc, ClusterError):
        return EXIT_CLUSTER, str(exc)
    if isinstance(exc, ResumeError):
        return EXIT_RESUME, str(exc)
    if isinstance(exc, (ValueError, FileNotFoundError)):  # IngestError is a ValueError
        return EXIT_INPUT, str(exc)
    if isinstance(exc, PermissionError) or (isinstance(exc, OSError) and exc.errno == 28):
        return EXIT_OUTPUT, f"cannot write the run folder ({exc.strerror}: {exc.filename})"
    return None


def extract(
    notes: Path = typer.Argument(..., help="Notes: .csv, .tsv, .jsonl, .parquet, .duckdb/.sqlite "
                                 "(with --query), or a folder of .txt files with a sidecar CSV."),
    out: Path = typer.Option(..., "--out", "-o", help="Run folder to write."),
    columns: str = typer.Option(None, help="Column mapping FIELD=COLUMN,... or 'omop'."),
    query: str = typer.Option(None, help="SQL query or table name for database inputs."),
    workers: int = typer.Option(1, min=1, help="Worker processes; output is identical for any count."),
    engine: str = typer.Option("local", help="Where extraction runs: 'local' (this machine's "
                               "processes, --workers) or 'dask' (a Dask cluster: --scheduler, or a "
                               "LocalCluster of --workers workers). Same output; docs/cluster.md."),
    scheduler: str = typer.Option(None, help="Address of a running Dask scheduler, e.g. "
                                  "tcp://10.0.0.5:8786 (with --engine dask)."),
    redact: bool = typer.Option(False, help="Write no note or mention text to the outputs."),
    resume: bool = typer.Option(False, help="Continue an interrupted run in the same folder, "
                                "redoing only the chunks it had not finished."),
    chunk_rows: int = typer.Option(CHECKPOINT_ROWS, min=1, help="Input rows per checkpoint."),
    max_note_chars: int = typer.Option(DEFAULT_MAX_NOTE_CHARS, min=1, help="Longer notes are "
                                       "quarantined; notes over 1,000,000 characters that are "
                                       "allowed are processed in pieces."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Extract mentions (CALCIPHYLAXIS, LESION, SITE, TRAUMA, TIMEX), relations and risk-factor
    facts from every note, writing notes/mentions/relations/facts.parquet, quarantine.csv,
    row_warnings.csv and run.json. Exit codes: 0 done, 2 input unusable, 3 cannot resume,
    4 run folder not writable, 5 Dask cluster unreachable or a partition failed on it."""
    try:
        summary = extract_run(notes, out, ColumnMap.parse(columns), query, workers, redact,
                              progress, resume=resume, chunk_rows=chunk_rows,
                              max_note_chars=max_note_chars, engine=engine, scheduler=scheduler)
    except (ValueError, OSError, ResumeError) as exc:
        known = run_errors(exc)
        if known is None:
            raise
        fail(*known)
    typer.echo(
        f"{summary.notes_processed} notes extracted, {summary.quarantined} quarantined "
        f"({len(summary.skipped)} unreadable rows, {len(summary.failed)} failed) of "
        f"{summary.rows_read} rows in {summary.wall_seconds:.1f}s -> {out}"
    )
    report_quarantine(summary, out)


def report_quarantine(summary, out: Path) -> None:
    problems = summary.skipped + summary.failed
    for problem in sorted(problems, key=lambda p: p["row"])[:10]:
        typer.echo(f"  quarantined row {problem['row']}: {problem['reason']}", err=True)
    if problems:
        typer.echo(f"  all {len(problems)} listed in {out / 'quarantine.csv'}", err=True)
    if summary.warnings:
        typer.echo(f"  {len(summary.warnings)} row warning(s) in {out / 'row_warnings.csv'}",
                   err=True)
