"""`koebner run`: every stage on a notes input, into one run folder."""
from pathlib import Path

import typer

from ..ingest import DEFAULT_MAX_NOTE_CHARS
from ..runfolder import CHECKPOINT_ROWS
from ..workflow import SCREEN_MIN_NOTES
from .extract import (
    DATE_FORMAT_HELP,
    DAYFIRST_HELP,
    DB_HELP,
    ENCODING_HELP,
    MAX_NOTE_HELP,
    OVERWRITE_HELP,
    RUN_ID_HELP,
    SCHEMA_HELP,
    SEP_HELP,
    WHERE_HELP,
    read_options,
    report_quarantine,
    report_results,
    resolve_input,
)
from .failures import reported
from .rules import RULES_OPTION


def register(app: typer.Typer) -> None:
    """Add ``run`` to the ``koebner`` app."""
    app.command("run")(run)


def run(
    notes: str = typer.Argument(None, help="Notes input (.csv, .tsv, .jsonl, .parquet, .xlsx, "
                                ".duckdb, .sqlite with --query, a folder of .txt files, or a "
                                "postgresql:// URL; or leave it out and give --db)."),
    out: Path = typer.Option(..., "--out", "-o", help="Run folder to write."),
    demographics: Path = typer.Option(None, help="demographics.csv (patient_id, age, sex, ...); "
                                      "checked before extraction starts."),
    gold: Path = typer.Option(None, help="Gold corpus folder: evaluate the run against it."),
    gold_split: str = typer.Option("all", help="Gold split to score: all, train or test."),
    screen: bool = typer.Option(True, help="Run the fast lexical screen first; on inputs of at "
                                "least --screen-min-notes notes only patients with a calciphylaxis "
                                "term get the full NLP (the others: risk factors only)."),
    screen_min_notes: int = typer.Option(SCREEN_MIN_NOTES, min=0, help="Smallest input that is "
                                         "screened; smaller ones get the full NLP on every note. "
                                         "0 screens every input."),
    workers: int = typer.Option(1, min=1, help="Extraction worker processes."),
    columns: str = typer.Option(None, help="Column mapping FIELD=COLUMN,... or 'omop'."),
    query: str = typer.Option(None, help="SQL query or table name for database inputs."),
    encoding: str = typer.Option(None, help=ENCODING_HELP),
    sep: str = typer.Option(None, help=SEP_HELP),
    date_format: str = typer.Option(None, help=DATE_FORMAT_HELP),
    dayfirst: bool = typer.Option(None, "--dayfirst/--monthfirst", help=DAYFIRST_HELP,
                                  show_default=False),
    engine: str = typer.Option("local", help="Where extraction runs: 'local' (this machine's "
                               "processes, --workers) or 'dask' (a Dask cluster: --scheduler, or a "
                               "LocalCluster of --workers workers). Same output; docs/cluster.md."),
    scheduler: str = typer.Option(None, help="Address of a running Dask scheduler, e.g. "
                                  "tcp://10.0.0.5:8786 (with --engine dask)."),
    redact: bool = typer.Option(False, help="Keep note and mention text out of all outputs."),
    overwrite: bool = typer.Option(False, help=OVERWRITE_HELP),
    resume: bool = typer.Option(False, help="Continue an interrupted run in the same folder: "
                                "finished chunks are kept, the rest is redone, later stages rerun."),
    chunk_rows: int = typer.Option(CHECKPOINT_ROWS, min=1, help="Input rows per checkpoint."),
    max_note_chars: int = typer.Option(DEFAULT_MAX_NOTE_CHARS, min=1, help=MAX_NOTE_HELP),
    linker_config: Path = typer.Option(None, help="Linker settings JSON (default configs/linker.json)."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
    rules: Path = RULES_OPTION,
    db: str = typer.Option(None, "--db", help=DB_HELP),
    db_schema: str = typer.Option("koebner", help=SCHEMA_HELP),
    where: list[str] = typer.Option(None, "--where", help=WHERE_HELP),
    run_id: str = typer.Option(None, help=RUN_ID_HELP),
) -> None:
    """Screen, extract, link, summarize and write the review report: the whole pipeline.
    Also writes results.duckdb (every table; docs/data-dictionary.md) and, with --db, the same
    tables to PostgreSQL. Exit codes: 0 done, 1 unexpected error (a bug; traceback in
    koebner.log), 2 input unusable, 3 cannot resume, 4 run folder or --db not writable, or the
    folder holding another run (see --overwrite), 5 Dask cluster unreachable or a partition
    failed on it."""
    from ..workflow import run_pipeline

    notes, query, mapping = resolve_input(notes, db, query, where, columns)
    with reported(out):
        result = run_pipeline(notes, out, demographics, gold, screen, workers,
                              mapping, query, redact, progress, linker_config,
                              gold_split, resume=resume, chunk_rows=chunk_rows,
                              max_note_chars=max_note_chars, screen_min_notes=screen_min_notes,
                              options=read_options(encoding, sep, date_format, dayfirst),
                              overwrite=overwrite, db=db, db_schema=db_schema, run_id=run_id,
                              engine=engine, scheduler=scheduler)
    summary = result.extract
    if result.screened_patients:
        kept, total = result.screened_patients
        typer.echo(f"screen: {kept} of {total} patients have a calciphylaxis term")
    typer.echo(f"extract: {summary.rows_read} rows: {summary.notes_processed} notes extracted, "
               f"{summary.screened_out} screened out, {summary.quarantined} quarantined "
               f"({summary.notes_per_second:.0f} notes/s)")
    report_quarantine(summary, out)
    c = result.calciphylaxis
    typer.echo(f"patients: {result.patients}; calciphylaxis yes {c.get('yes', 0)}, possible "
               f"{c.get('possible', 0)}, no {c.get('no', 0)}; Koebner yes {result.koebner_yes}")
    not_assessed = summary.patients.get("patients_processed_none", 0)
    if not_assessed:
        typer.echo(f"{not_assessed} patient(s) could not be assessed (every note quarantined): "
                   "processed = none in patients.csv")
    if result.stats is not None:
        typer.echo(f"Koebner among calciphylaxis patients: {result.stats.koebner.text}")
        typer.echo(f"trauma-to-lesion interval: {result.stats.interval.text}")
    typer.echo(f"wrote {out}/patients.csv, links.parquet, stats/, {result.report_path.name}")
    report_results(result.results)
    if result.evaluation is not None:
        from ..evaluate.tables import print_result

        print_result(result.evaluation)
