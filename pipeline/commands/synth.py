"""CLI command: ``koebner synth`` writes a deterministic synthetic cohort for speed and scale tests."""
from __future__ import annotations

from pathlib import Path

import typer


def synth(
    patients: int = typer.Option(..., "--patients", min=0, help="Number of patients (2-8 notes each)."),
    seed: int = typer.Option(0, "--seed", help="Same seed, same arguments -> byte-identical files."),
    out: Path = typer.Option(..., "--out", help="Notes file to write: .csv or .parquet."),
    calciphylaxis_share: float = typer.Option(
        0.02, "--calciphylaxis-share", min=0.0, max=1.0,
        help="Share of patients with calciphylaxis (confirmed or only suspected), Koebner included."),
    koebner_share: float = typer.Option(
        0.005, "--koebner-share", min=0.0, max=1.0,
        help="Share of patients with calciphylaxis at a site of earlier skin trauma."),
    ruled_out_share: float = typer.Option(
        0.01, "--ruled-out-share", min=0.0, max=1.0,
        help="Share of background patients whose notes say calciphylaxis was ruled out."),
    demographics: Path = typer.Option(
        None, "--demographics", help="Demographics CSV to write [default: OUT_STEM.demographics.csv]."),
) -> None:
    """Write synthetic notes (patient_id, note_id, note_date, note_type, text) and demographics.

    For throughput and memory tests only: the text is template-made and says nothing about
    accuracy on real notes. Exit codes: 0 done, 1 unexpected error, 2 bad option, 4 --out
    not writable.
    """
    from pipeline.errors import EXIT_INPUT, KoebnerError
    from pipeline.runfolder import writable_file
    from pipeline.synth import write_cohort

    from .failures import fail, reported

    with reported():
        for path in (out, demographics):
            if path is not None:
                writable_file(path)  # OutputError: exit 4
        try:
            summary = write_cohort(out, patients, seed, calciphylaxis_share, koebner_share,
                                   ruled_out_share, demographics)
        except ValueError as exc:  # the cohort's own checks: shares adding up, the suffix of --out
            if isinstance(exc, KoebnerError):
                raise
            fail(EXIT_INPUT, str(exc))
    groups = ", ".join(f"{name} {count}" for name, count in sorted(summary.groups.items()))
    typer.echo(f"wrote {summary.notes} notes of {summary.patients} patients "
               f"({summary.text_bytes / 1e6:.1f} MB of text) to {summary.notes_path}")
    typer.echo(f"wrote demographics to {summary.demographics_path}")
    typer.echo(f"groups: {groups or 'none'}")


def register(app) -> None:
    """Add ``synth`` to the ``koebner`` app."""
    app.command("synth")(synth)
