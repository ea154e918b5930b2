"""CLI command: ``koebner stats RUN_DIR`` writes the case-series statistics to RUN_DIR/stats/."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def stats_command(
    run_dir: Path = typer.Argument(..., help="A run folder (holds patients.csv, links.parquet...)."),
    demographics: Optional[Path] = typer.Option(
        None, "--demographics", help="CSV with patient_id, age, sex and any other columns."),
    out: Optional[Path] = typer.Option(None, "--out", help="Output folder (default RUN_DIR/stats)."),
) -> None:
    """Koebner proportion with Wilson CI, trauma types, sites, interval, Table 1 and figures."""
    from pipeline.stats import RunInputError, compute_stats, write_stats

    try:
        stats = compute_stats(run_dir, demographics=demographics)
    except RunInputError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    written = write_stats(stats, out or run_dir / "stats")
    typer.echo(f"Koebner among calciphylaxis: {stats.koebner.text}")
    typer.echo(f"Interval trauma -> lesion: {stats.interval.text}")
    for note in stats.notes:
        typer.echo(f"note: {note}")
    typer.echo(f"wrote {len(written)} files to {written[0].parent}")


def register(app) -> None:
    app.command("stats")(stats_command)
