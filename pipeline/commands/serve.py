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
    """
    from pipeline.serve import ReviewStore, ReviewStoreError
    from pipeline.serve.app import serve
    from pipeline.stats import RunInputError

    try:
        if not ReviewStore.for_run(run_dir).users():
            typer.echo(f"error: no accounts yet: run `koebner users add NAME --role reviewer --run "
                       f"{run_dir}` first", err=True)
            raise typer.Exit(2)
        typer.echo(f"serving {run_dir} on http://{host}:{port}/ (Ctrl+C stops)")
        serve(run_dir, host=host, port=port)
    except (RunInputError, ReviewStoreError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from None


def register(app) -> None:
    app.command("serve")(serve_command)
