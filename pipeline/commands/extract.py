"""`koebner extract`: notes in, mentions/relations/facts Parquet and run.json out."""
from pathlib import Path

import typer

from ..ingest import ColumnMap, IngestError
from ..runner import extract_run


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    notes: Path = typer.Argument(..., help="Notes: .csv, .tsv, .jsonl, .parquet, .duckdb/.sqlite "
                                 "(with --query), or a folder of .txt files with a sidecar CSV."),
    out: Path = typer.Option(..., "--out", "-o", help="Run folder to write."),
    columns: str = typer.Option(None, help="Column mapping FIELD=COLUMN,... or 'omop'."),
    query: str = typer.Option(None, help="SQL query or table name for database inputs."),
    workers: int = typer.Option(1, min=1, help="Worker processes; output is identical for any count."),
    redact: bool = typer.Option(False, help="Write no note or mention text to the outputs."),
    progress: bool = typer.Option(True, help="Show a progress bar."),
) -> None:
    """Extract mentions (CALCIPHYLAXIS, LESION, SITE, TRAUMA, TIMEX), relations and risk-factor
    facts from every note, writing notes/mentions/relations/facts.parquet and run.json."""
    try:
        summary = extract_run(notes, out, ColumnMap.parse(columns), query, workers, redact, progress)
    except (IngestError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(
        f"{summary.notes_processed} notes extracted ({len(summary.skipped)} skipped, "
        f"{len(summary.failed)} failed) in {summary.wall_seconds:.1f}s -> {out}"
    )
    for problem in summary.skipped[:10]:
        typer.echo(f"  skipped row {problem['row']}: {problem['reason']}", err=True)
