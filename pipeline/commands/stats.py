"""CLI command: ``koebner stats RUN_DIR`` writes the case-series statistics to RUN_DIR/stats/;
with ``--adjudicated``, on the reviewed values (RUN_DIR/adjudicated/stats/)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer


def stats_command(
    run_dir: Path = typer.Argument(..., help="A run folder (holds patients.csv, links.parquet...)."),
    demographics: Optional[Path] = typer.Option(
        None, "--demographics", help="CSV with patient_id, age, sex and any other columns."),
    out: Optional[Path] = typer.Option(None, "--out", help="Output folder (default RUN_DIR/stats, "
                                       "or RUN_DIR/adjudicated/stats with --adjudicated)."),
    adjudicated: bool = typer.Option(
        False, "--adjudicated", help="Use the reviewers' settled values (RUN_DIR/review.sqlite): "
        "exports them to RUN_DIR/adjudicated/ first, and prints Cohen's kappa per field."),
) -> None:
    """Koebner proportion with Wilson CI, trauma types, sites, interval, Table 1 and figures.
    Exit codes: 0 done, 1 unexpected error, 2 run folder unusable, 4 --out not writable."""
    from pipeline.runfolder import writable_dir
    from pipeline.stats import RunInputError, compute_stats, write_stats

    from .failures import reported

    source = run_dir
    with reported(run_dir):
        if out is not None:
            writable_dir(out)  # refused before any work, with exit 4
        if adjudicated:
            from pipeline.serve import ReviewStoreError
            from pipeline.serve.export import export_adjudicated

            try:
                result = export_adjudicated(run_dir)
            except ReviewStoreError as error:
                raise RunInputError(str(error)) from None
            source = result.out_dir
            typer.echo(f"reviewed values: {result.reviewed} of {result.patients} patients reviewed, "
                       f"{len(result.unresolved)} with an open disagreement (pipeline values kept)")
        stats = compute_stats(source, demographics=demographics)
        written = write_stats(stats, writable_dir(out or source / "stats"))
    typer.echo(f"Koebner among calciphylaxis: {stats.koebner.text}")
    typer.echo(f"Interval trauma -> lesion: {stats.interval.text}")
    for note in stats.notes:
        typer.echo(f"note: {note}")
    if adjudicated:
        for row in json.loads((source / "agreement.json").read_text(encoding="utf-8")):
            kappa = "undefined" if row["kappa"] is None else f"{row['kappa']:.2f}"
            typer.echo(f"agreement {row['field']} {row['reviewer_a']} vs {row['reviewer_b']}: "
                       f"kappa {kappa} ({row['agreed']}/{row['n']} agree)")
    typer.echo(f"wrote {len(written)} files to {written[0].parent}")


def register(app) -> None:
    """Add ``stats`` to the ``koebner`` app."""
    app.command("stats")(stats_command)
