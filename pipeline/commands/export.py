"""CLI command: ``koebner export RUN_DIR --adjudicated`` writes the reviewed results."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer


def export_command(
    run_dir: Path = typer.Argument(..., help="A run folder that has been reviewed (review.sqlite)."),
    adjudicated: bool = typer.Option(False, "--adjudicated", help="Export the reviewed values "
                                     "(required: it is the only export there is, named so)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Output folder [default: RUN_DIR/adjudicated]."),
) -> None:
    """patients.csv with reviewed values and who decided, links.parquet, a gold corpus (gold/),
    the audit log (audit.csv) and reviewer agreement (agreement.json)."""
    from pipeline.serve import ReviewStoreError
    from pipeline.serve.export import export_adjudicated
    from pipeline.stats import RunInputError

    if not adjudicated:
        typer.echo("error: say --adjudicated (export writes the reviewed values)", err=True)
        raise typer.Exit(2)
    try:
        result = export_adjudicated(run_dir, out)
    except (RunInputError, ReviewStoreError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{result.reviewed} of {result.patients} patients reviewed; {result.gold_patients} "
               f"settled into {result.out_dir / 'gold'}")
    if result.unresolved:
        typer.echo(f"{len(result.unresolved)} patient(s) with an open disagreement (pipeline values "
                   f"kept, not in gold): {', '.join(result.unresolved[:20])}")
    typer.echo(f"wrote {', '.join(p.name for p in result.files)} to {result.out_dir}")


def register(app) -> None:
    app.command("export")(export_command)
