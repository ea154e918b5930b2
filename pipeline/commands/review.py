"""CLI command: ``koebner review RUN_DIR --out report.html`` writes the chart-review page."""
from __future__ import annotations

from pathlib import Path

import typer


def review_command(
    run_dir: Path = typer.Argument(..., help="A run folder (patients.csv, mentions.parquet...)."),
    out: Path = typer.Option(Path("report.html"), "--out", help="The HTML file to write."),
    redact: bool = typer.Option(
        False, "--redact", help="Leave all note text out: labels, offsets and decisions only."),
) -> None:
    """One self-contained HTML file: worklist, highlighted notes, links and timelines."""
    from pipeline.report import write_review
    from pipeline.stats import RunInputError

    try:
        summary = write_review(run_dir, out, redact=redact)
    except RunInputError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"wrote {out} ({summary})")


def register(app) -> None:
    app.command("review")(review_command)
