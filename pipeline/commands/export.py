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
    the audit log (audit.csv) and reviewer agreement (agreement.json). Exit codes: 0 done,
    1 unexpected error (a bug), 2 run folder or review database unusable, 4 --out not writable."""
    from pipeline.errors import EXIT_INPUT
    from pipeline.serve.export import export_adjudicated

    from .failures import fail, reported

    if not adjudicated:
        fail(EXIT_INPUT, "say --adjudicated (export writes the reviewed values)")
    with reported(run_dir):
        result = export_adjudicated(run_dir, out)  # RunInputError, ReviewStoreError: exit 2
    typer.echo(f"{result.reviewed} of {result.patients} patients reviewed; {result.gold_patients} "
               f"settled into {result.out_dir / 'gold'}")
    if result.unresolved:
        typer.echo(f"{len(result.unresolved)} patient(s) with an open disagreement (pipeline values "
                   f"kept, not in gold): {', '.join(result.unresolved[:20])}")
    typer.echo(f"wrote {', '.join(p.name for p in result.files)} to {result.out_dir}")


def register(app) -> None:
    """Add ``export`` to the ``koebner`` app."""
    app.command("export")(export_command)
