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
    from ..db.results import DatabaseWriteError

    if isinstance(exc, DatabaseWriteError):
        return EXIT_OUTPUT, str(exc)
    if isinstance(exc, ResumeError):
        return EXIT_RESUME, str(exc)
    if isinstance(exc, (ValueError, FileNotFoundError)):  # IngestError is a ValueError
        return EXIT_INPUT, str(exc)
    if isinstance(exc, PermissionError) or (isinstance(exc, OSError) and exc.errno == 28):
        return EXIT_OUTPUT, f"cannot write the run folder ({exc.strerror}: {exc.filename})"
    return None


DB_HELP = ("PostgreSQL database, postgresql://USER@HOST[:PORT]/DATABASE (the password comes from "
           "PGPASSWORD or ~/.pgpass; a URL with one is refused). Without NOTES the notes are read "
           "from it (OMOP note table unless --query); the result tables are written to it, in "
           "--db-schema.")
SCHEMA_HELP = "PostgreSQL schema for the result tables (created when missing)."
WHERE_HELP = ("Pick notes of a database input without SQL: COLUMN=V1,V2 or COLUMN>=V (also != <= "
              "> <); repeat for more conditions, all must hold. E.g. --where person_id=1001,1002 "
              "--where note_date>=2020-01-01")
RUN_ID_HELP = "The run's id in the result tables (default: the run folder's name)."


def resolve_input(notes: str | None, db: str | None, query: str | None, where: list[str] | None,
                  columns: str | None):
    """(notes input, query, column mapping) from the options; exits with a clear error."""
    from ..db.source import database_input

    source = notes or db
    if source is None:
        fail(EXIT_INPUT, "give NOTES (a file or folder) or --db postgresql://USER@HOST/DATABASE")
    try:
        query, mapping = database_input(source, query, where, ColumnMap.parse(columns))
        if db is not None:
            from ..db.url import engine_url

            engine_url(db)  # a password in the URL is refused before any work is done
    except ValueError as exc:
        fail(EXIT_INPUT, str(exc))
    return source, query, mapping


def report_results(results) -> None:
    if results is None:
        return
    typer.echo(f"results: {results.duckdb_path} (run_id {results.run_id})")
    if results.note_nlp_path is not None:
        typer.echo(f"OMOP NOTE_NLP: {results.tables.get('note_nlp', 0)} rows in "
                   f"{results.note_nlp_path}")
    else:
        typer.echo(f"no OMOP NOTE_NLP output: {results.note_nlp_skipped}")
    if results.database:
        typer.echo(f"PostgreSQL: tables in schema {results.schema} of {results.database}")


def extract(
    notes: str = typer.Argument(None, help="Notes: .csv, .tsv, .jsonl, .parquet, .duckdb/.sqlite "
                                "(with --query), a folder of .txt files with a sidecar CSV, or a "
                                "postgresql:// URL (or leave it out and give --db)."),
    out: Path = typer.Option(..., "--out", "-o", help="Run folder to write."),
    columns: str = typer.Option(None, help="Column mapping FIELD=COLUMN,... or 'omop'."),
    query: str = typer.Option(None, help="SQL query or table name for database inputs."),
    workers: int = typer.Option(1, min=1, help="Worker processes; output is identical for any count."),
    redact: bool = typer.Option(False, help="Write no note or mention text to the outputs."),
    resume: bool = typer.Option(False, help="Continue an interrupted run in the same folder, "
                                "redoing only the chunks it had not finished."),
    chunk_rows: int = typer.Option(CHECKPOINT_ROWS, min=1, help="Input rows per checkpoint."),
    max_note_chars: int = typer.Option(DEFAULT_MAX_NOTE_CHARS, min=1, help="Longer notes are "
                                       "quarantined; notes over 1,000,000 characters that are "
                                       "allowed are processed in pieces."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    db_schema: str = typer.Option("koebner", help=SCHEMA_HELP),
    where: list[str] = typer.Option(None, "--where", help=WHERE_HELP),
    run_id: str = typer.Option(None, help=RUN_ID_HELP),
) -> None:
    """Extract mentions (CALCIPHYLAXIS, LESION, SITE, TRAUMA, TIMEX), relations and risk-factor
    facts from every note, writing notes/mentions/relations/facts.parquet, quarantine.csv,
    row_warnings.csv, run.json, results.duckdb and (for OMOP note ids) note_nlp.parquet.
    Exit codes: 0 done, 2 input unusable, 3 cannot resume, 4 run folder or --db not writable."""
    from ..db.results import write_results

    notes, query, mapping = resolve_input(notes, db, query, where, columns)
    try:
        summary = extract_run(notes, out, mapping, query, workers, redact,
                              progress, resume=resume, chunk_rows=chunk_rows,
                              max_note_chars=max_note_chars)
        results = write_results(out, db, db_schema, run_id)
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
    report_results(results)


def report_quarantine(summary, out: Path) -> None:
    problems = summary.skipped + summary.failed
    for problem in sorted(problems, key=lambda p: p["row"])[:10]:
        typer.echo(f"  quarantined row {problem['row']}: {problem['reason']}", err=True)
    if problems:
        typer.echo(f"  all {len(problems)} listed in {out / 'quarantine.csv'}", err=True)
    if summary.warnings:
        typer.echo(f"  {len(summary.warnings)} row warning(s) in {out / 'row_warnings.csv'}",
                   err=True)
