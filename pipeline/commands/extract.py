"""`koebner extract`: notes in, mentions/relations/facts Parquet, quarantine.csv and run.json out.

Also the options every pipeline command shares to say how to read an input
(:func:`read_options`, the ``*_HELP`` texts); the shared error handling (:func:`fail`,
:func:`handle`, :func:`run_errors`) lives in :mod:`pipeline.commands.failures` and is
re-exported here.
"""
from pathlib import Path

import typer

from ..errors import EXIT_INPUT, EXIT_OUTPUT
from ..ingest import DEFAULT_MAX_NOTE_CHARS, ColumnMap, ReadOptions
from ..runfolder import CHECKPOINT_ROWS, LOG_FILE, claim_run_folder
from .failures import fail, handle, reported, run_errors, unexpected
from .rules import RULES_OPTION

__all__ = ["EXIT_INPUT", "EXIT_OUTPUT", "extract", "fail", "handle", "read_options", "register",
           "reported", "resolve_input", "run_errors", "unexpected"]


def register(app: typer.Typer) -> None:
    """Add ``extract`` to the ``koebner`` app."""
    app.command("extract")(extract)


def read_options(encoding: str | None, sep: str | None, date_format: str | None,
                 dayfirst: bool | None) -> ReadOptions:
    """How to read the notes file, from the --encoding, --sep, --date-format and
    --dayfirst/--monthfirst options (None: found from the file)."""
    return ReadOptions(encoding, sep, date_format, dayfirst)


ENCODING_HELP = "Text encoding of the input, e.g. latin-1 or cp1252 (default: UTF-8)."
SEP_HELP = ("Delimiter of a .csv/.tsv input: a character, or tab, comma, semicolon, pipe "
            "(default: found from the header line).")
DATE_FORMAT_HELP = "How note_date is written, as a strptime format, e.g. '%d/%m/%Y'."
DAYFIRST_HELP = ("Slash dates such as 03/04/2021 are day-first (--dayfirst) or month-first "
                 "(--monthfirst) (default: found from the file's dates; a notice when it cannot "
                 "tell, and every date read the other way is listed in row_warnings.csv).")
OVERWRITE_HELP = ("Replace the files of an earlier run in --out (only the files koebner writes "
                  "are removed); without it such a folder is refused.")
MAX_NOTE_HELP = ("Notes longer than this are processed in windows of at most this many "
                 "characters, cut at line or sentence breaks, with offsets into the whole note.")


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
    """Print where the result tables went: results.duckdb, OMOP NOTE_NLP, PostgreSQL."""
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
    notes: str = typer.Argument(None, help="Notes: .csv, .tsv, .jsonl, .parquet, .xlsx, .duckdb/.sqlite "
                                "(with --query), a folder of .txt files with a sidecar CSV, or a "
                                "postgresql:// URL (or leave it out and give --db)."),
    out: Path = typer.Option(..., "--out", "-o", help="Run folder to write."),
    columns: str = typer.Option(None, help="Column mapping FIELD=COLUMN,... or 'omop'."),
    query: str = typer.Option(None, help="SQL query or table name for database inputs."),
    encoding: str = typer.Option(None, help=ENCODING_HELP),
    sep: str = typer.Option(None, help=SEP_HELP),
    date_format: str = typer.Option(None, help=DATE_FORMAT_HELP),
    dayfirst: bool = typer.Option(None, "--dayfirst/--monthfirst", help=DAYFIRST_HELP,
                                  show_default=False),
    workers: int = typer.Option(1, min=1, help="Worker processes; output is identical for any count."),
    engine: str = typer.Option("local", help="Where extraction runs: 'local' (this machine's "
                               "processes, --workers) or 'dask' (a Dask cluster: --scheduler, or a "
                               "LocalCluster of --workers workers). Same output; docs/cluster.md."),
    scheduler: str = typer.Option(None, help="Address of a running Dask scheduler, e.g. "
                                  "tcp://10.0.0.5:8786 (with --engine dask)."),
    redact: bool = typer.Option(False, help="Write no note or mention text to the outputs."),
    overwrite: bool = typer.Option(False, help=OVERWRITE_HELP),
    resume: bool = typer.Option(False, help="Continue an interrupted run in the same folder, "
                                "redoing only the chunks it had not finished."),
    chunk_rows: int = typer.Option(CHECKPOINT_ROWS, min=1, help="Input rows per checkpoint."),
    max_note_chars: int = typer.Option(DEFAULT_MAX_NOTE_CHARS, min=1, help=MAX_NOTE_HELP),
    progress: bool = typer.Option(True, help="Show a progress bar."),
    rules: Path = RULES_OPTION,
    db: str = typer.Option(None, "--db", help=DB_HELP),
    db_schema: str = typer.Option("koebner", help=SCHEMA_HELP),
    where: list[str] = typer.Option(None, "--where", help=WHERE_HELP),
    run_id: str = typer.Option(None, help=RUN_ID_HELP),
) -> None:
    """Extract mentions (CALCIPHYLAXIS, LESION, SITE, TRAUMA, TIMEX), relations and risk-factor
    facts from every note, writing notes/mentions/relations/facts.parquet, quarantine.csv,
    row_warnings.csv, run.json, results.duckdb and (for OMOP note ids) note_nlp.parquet.
    Exit codes: 0 done, 1 unexpected error (a bug; traceback in koebner.log), 2 input unusable,
    3 cannot resume, 4 run folder or --db not writable, or the folder holding another run,
    5 Dask cluster unreachable or a partition failed on it."""
    from ..db.results import write_results
    from ..runner import extract_run  # spaCy: imported when the command runs, not with the CLI

    notes, query, mapping = resolve_input(notes, db, query, where, columns)
    with reported(out):
        options = read_options(encoding, sep, date_format, dayfirst)
        claim_run_folder(out, overwrite=overwrite, resume=resume)
        summary = extract_run(notes, out, mapping, query, workers, redact,
                              progress, resume=resume, chunk_rows=chunk_rows,
                              max_note_chars=max_note_chars, options=options,
                              engine=engine, scheduler=scheduler)
        results = write_results(out, db, db_schema, run_id)
    typer.echo(
        f"{summary.notes_processed} notes extracted, {summary.quarantined} quarantined "
        f"({len(summary.skipped)} unreadable rows, {len(summary.failed)} failed) of "
        f"{summary.rows_read} rows in {summary.wall_seconds:.1f}s -> {out}"
    )
    report_quarantine(summary, out)
    report_results(results)


def report_quarantine(summary, out: Path) -> None:
    """Print the first ten quarantined rows with their reasons (stderr), the failed notes,
    row warnings, notices about the input and how many patients were read."""
    problems = summary.skipped + summary.failed
    for problem in sorted(problems, key=lambda p: p["row"])[:10]:
        typer.echo(f"  quarantined row {problem['row']}: {problem['reason']}", err=True)
    if problems:
        typer.echo(f"  all {len(problems)} listed in {out / 'quarantine.csv'}", err=True)
    if summary.failed:
        typer.echo(f"  {len(summary.failed)} note(s) failed with an unexpected error (a bug, not "
                   f"bad input): tracebacks in {out / LOG_FILE}; please report them", err=True)
    if summary.warnings:
        typer.echo(f"  {len(summary.warnings)} row warning(s) in {out / 'row_warnings.csv'}",
                   err=True)
    for notice in summary.notices:
        typer.echo(f"  warning: {notice}", err=True)
    patients = summary.patients
    if patients:
        typer.echo(f"  patients: {patients['patients_in']} in; every note read for "
                   f"{patients['patients_processed_all']}, some for "
                   f"{patients['patients_processed_some']}, none for "
                   f"{patients['patients_processed_none']} (not assessed)"
                   + (f"; {patients['quarantined_rows_without_patient_id']} quarantined row(s) "
                      "have no usable patient_id" if patients[
                          'quarantined_rows_without_patient_id'] else ""), err=True)
