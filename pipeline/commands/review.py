"""CLI command: ``koebner review RUN_DIR [--out FILE]`` writes the chart-review page
(default RUN_DIR/report.html)."""
from __future__ import annotations

from pathlib import Path

import typer


def review_command(
    run_dir: Path = typer.Argument(..., help="A run folder (patients.csv, mentions.parquet...)."),
    out: Path = typer.Option(None, "--out", help="The HTML file to write [default: "
                             "RUN_DIR/report.html]."),
    redact: bool = typer.Option(
        False, "--redact", help="Leave all note text out: labels, offsets and decisions only."),
) -> None:
    """One self-contained HTML file: worklist, highlighted notes, links and timelines.
    Exit codes: 0 done, 1 unexpected error, 2 run folder unusable, 4 --out not writable."""
    from pipeline.report import write_review
    from pipeline.runfolder import writable_file

    from .failures import reported

    out = out or run_dir / "report.html"
    with reported(run_dir):
        writable_file(out)
        summary = write_review(run_dir, out, redact=redact)
    typer.echo(f"wrote {out} ({summary})")


def register(app) -> None:
    """Add ``review`` to the ``koebner`` app."""
    app.command("review")(review_command)
