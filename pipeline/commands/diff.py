"""CLI command: ``koebner diff RUN_A RUN_B [--gold DIR] [--html FILE]``."""
from __future__ import annotations

from pathlib import Path

import typer


def diff(
    run_a: Path = typer.Argument(..., help="The earlier run folder (e.g. before a rule change)."),
    run_b: Path = typer.Argument(..., help="The later run folder."),
    gold: Path = typer.Option(None, help="Gold corpus folder: mark each change fixed or broke."),
    html: Path = typer.Option(None, help="Also write the diff as an HTML page here."),
    out: Path = typer.Option(None, help="Also write the text diff to this file."),
) -> None:
    """Mentions, links and patient decisions gained, lost and changed from RUN_A to RUN_B; with
    --gold, which changes fixed or broke something. Exit codes: 0 whether or not they differ,
    2 a run folder or the gold unusable, 4 --out/--html not writable."""
    from pipeline.diff import diff_html, diff_runs, diff_text
    from pipeline.runfolder import writable_file

    from .failures import reported

    with reported():
        for path in (out, html):
            if path is not None:
                writable_file(path)  # OutputError, exit 4, before any work
        result = diff_runs(run_a, run_b, gold)  # DiffError, BratFormatError: exit 2
    text = diff_text(result)
    typer.echo(text, nl=False)
    if out is not None:
        out.write_text(text, encoding="utf-8")
    if html is not None:
        html.write_text(diff_html(result), encoding="utf-8")
        typer.echo(f"wrote {html}")


def register(app: typer.Typer) -> None:
    """Add ``diff`` to the ``koebner`` app."""
    app.command("diff")(diff)
