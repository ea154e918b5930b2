"""CLI command: ``koebner rank RUN_DIR``: patients and notes by how uncertain the decision is."""
from __future__ import annotations

from pathlib import Path

import typer


def rank(
    run_dir: Path = typer.Argument(..., help="A finished run folder."),
    limit: int = typer.Option(20, min=1, help="Patients and notes to list."),
    csv: Path = typer.Option(None, help="Also write every ranked patient to this CSV."),
) -> None:
    """Where to look next: patients ordered by how easily their decision could go the other way
    (calciphylaxis only possible, conflicting assertions, Koebner resting on one pair, same-site
    pairs not linked because an event is undated), then their notes. Exit codes: 0 done,
    1 unexpected error (a bug), 2 run folder unusable, 4 --csv not writable."""
    from pipeline.rank import rank_run, render_rank
    from pipeline.runfolder import writable_file

    from .failures import reported

    with reported(run_dir):
        if csv is not None:
            writable_file(csv)
        patients, notes = rank_run(run_dir)
    typer.echo(render_rank(patients, notes, limit), nl=False)
    if csv is not None:
        import pandas as pd

        pd.DataFrame([{"patient_id": p.patient_id, "score": p.score,
                       "calciphylaxis": p.calciphylaxis, "koebner": p.koebner,
                       "reasons": "; ".join(p.reasons)} for p in patients]).to_csv(csv, index=False)


def register(app: typer.Typer) -> None:
    """Add ``rank`` to the ``koebner`` app."""
    app.command("rank")(rank)
