"""`koebner run`: every stage on a notes input, into one run folder."""
from pathlib import Path

import typer

from ..ingest import DEFAULT_MAX_NOTE_CHARS, ColumnMap
from ..runner import CHECKPOINT_ROWS, ResumeError
from ..workflow import SCREEN_MIN_NOTES
from .extract import fail, report_quarantine, run_errors


def register(app: typer.Typer) -> None:
    app.command("run")(run)


def run(
    notes: Path = typer.Argument(..., help="Notes input (.csv, .tsv, .jsonl, .parquet, .duckdb, "
                                 ".sqlite with --query, or a folder of .txt files)."),
    out: Path = typer.Option(..., "--out", "-o", help="Run folder to write."),
    demographics: Path = typer.Option(None, help="demographics.csv (patient_id, age, sex, ...)."),
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
    engine: str = typer.Option("local", help="Where extraction runs: 'local' (this machine's "
                               "processes, --workers) or 'dask' (a Dask cluster: --scheduler, or a "
                               "LocalCluster of --workers workers). Same output; docs/cluster.md."),
    scheduler: str = typer.Option(None, help="Address of a running Dask scheduler, e.g. "
                                  "tcp://10.0.0.5:8786 (with --engine dask)."),
    redact: bool = typer.Option(False, help="Keep note and mention text out of all outputs."),
    resume: bool = typer.Option(False, help="Continue an interrupted run in the same folder: "
                                "finished chunks are kept, the rest is redone, later stages rerun."),
    chunk_rows: int = typer.Option(CHECKPOINT_ROWS, min=1, help="Input rows per checkpoint."),
    max_note_chars: int = typer.Option(DEFAULT_MAX_NOTE_CHARS, min=1, help="Longer notes are "
                                       "quarantined."),
    linker_config: Path = typer.Option(None, help="Linker settings JSON (default configs/linker.json)."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Screen, extract, link, summarize and write the review report: the whole pipeline.
    Exit codes: 0 done, 2 input unusable, 3 cannot resume, 4 run folder not writable,
    5 Dask cluster unreachable or a partition failed on it."""
    from ..workflow import run_pipeline

    try:
        result = run_pipeline(notes, out, demographics, gold, screen, workers,
                              ColumnMap.parse(columns), query, redact, progress, linker_config,
                              gold_split, resume=resume, chunk_rows=chunk_rows,
                              max_note_chars=max_note_chars, screen_min_notes=screen_min_notes,
                              engine=engine, scheduler=scheduler)
    except (ValueError, OSError, ResumeError) as exc:
        known = run_errors(exc)
        if known is None:
            raise
        fail(*known)
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
    if result.stats is not None:
        typer.echo(f"Koebner among calciphylaxis patients: {result.stats.koebner.text}")
        typer.echo(f"trauma-to-lesion interval: {result.stats.interval.text}")
    typer.echo(f"wrote {out}/patients.csv, links.parquet, stats/, {result.report_path.name}")
    if result.evaluation is not None:
        from ..evaluate.tables import print_result

        print_result(result.evaluation)
