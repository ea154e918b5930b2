"""CLI command: ``koebner serve RUN_DIR`` runs the local chart-review server."""
from __future__ import annotations

from pathlib import Path

import typer


def serve_command(
    run_dir: Path = typer.Argument(..., help="A run folder (patients.csv, notes.parquet, links...)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind. The default serves this "
                             "machine only; anything else exposes patient notes to the network."),
    port: int = typer.Option(8765, "--port", help="Port to listen on."),
) -> None:
    """Review a run in the browser: worklist, patient view, decisions, adjudication.

    Decisions are stored in RUN_DIR/review.sqlite. Make accounts first with
    `koebner users add NAME --role reviewer --run RUN_DIR`; then open http://HOST:PORT/.
    Exit codes: 0 stopped, 1 unexpected error (a bug), 2 run folder unusable or no accounts.
    """
    from pipeline.errors import EXIT_INPUT
    from pipeline.serve import ReviewStore
    from pipeline.serve.app import serve

    from .failures import fail, reported

    with reported(run_dir):
        users = ReviewStore.for_run(run_dir).users()  # RunInputError, ReviewStoreError: exit 2
    if not users:
        fail(EXIT_INPUT, f"no accounts yet: run `koebner users add NAME --role reviewer --run "
                         f"{run_dir}` first")
    typer.echo(f"serving {run_dir} on http://{host}:{port}/ (Ctrl+C stops)")
    with reported(run_dir):
        serve(run_dir, host=host, port=port)


def register(app) -> None:
    """Add ``serve`` to the ``koebner`` app."""
    app.command("serve")(serve_command)
