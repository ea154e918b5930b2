"""CLI command: ``koebner agreement A B``: inter-annotator agreement of two corpus folders."""
from __future__ import annotations

from pathlib import Path

import typer


def agreement(
    a: Path = typer.Argument(..., help="Corpus folder of annotator A (notes.csv, brat/, gold.csv)."),
    b: Path = typer.Argument(..., help="Corpus folder of annotator B, same notes."),
) -> None:
    """Per-label span F1 (exact and overlapping), Cohen's kappa on the attributes of spans both
    marked, and on each patient-level field of gold.csv."""
    from pipeline.corpus.agreement import AgreementError, render_agreement
    from pipeline.corpus.agreement import agreement as compare

    try:
        result = compare(a, b)
    except (AgreementError, FileNotFoundError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(render_agreement(result), nl=False)


def register(app: typer.Typer) -> None:
    app.command("agreement")(agreement)
