"""CLI command: ``koebner agreement A B``: inter-annotator agreement of two corpus folders."""
from __future__ import annotations

from pathlib import Path

import typer


def agreement(
    a: Path = typer.Argument(..., help="Corpus folder of annotator A (notes.csv, brat/, gold.csv)."),
    b: Path = typer.Argument(..., help="Corpus folder of annotator B, same notes."),
) -> None:
    """Per-label span F1 (exact and overlapping), Cohen's kappa on the attributes of spans both
    marked, and on each patient-level field of gold.csv. Exit codes: 0 done, 1 unexpected
    error (a bug), 2 a corpus folder unusable."""
    from pipeline.corpus.agreement import agreement as compare
    from pipeline.corpus.agreement import render_agreement

    from .failures import reported

    with reported():
        result = compare(a, b)
    typer.echo(render_agreement(result), nl=False)


def register(app: typer.Typer) -> None:
    """Add ``agreement`` to the ``koebner`` app."""
    app.command("agreement")(agreement)
