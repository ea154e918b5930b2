"""CLI command: ``koebner explain "TEXT"`` or ``koebner explain RUN_DIR NOTE_OR_PATIENT_ID``."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from .rules import RULES_OPTION


def explain(
    text_or_run: str = typer.Argument(..., metavar="TEXT|RUN_DIR",
                                      help="A sentence or note to explain, or a run folder."),
    item_id: str = typer.Argument(None, metavar="[NOTE_ID|PATIENT_ID]",
                                  help="With a run folder: the note (or patient) to explain."),
    note_date: str = typer.Option(None, help="Note date (YYYY-MM-DD) that anchors relative "
                                  "times in TEXT [default: today]."),
    why_not: str = typer.Option(None, "--why-not", metavar="PHRASE",
                                help="A phrase of the text that gave no mention: the nearest "
                                "target rules and why none matched."),
    rules: Path = RULES_OPTION,
) -> None:
    """Every mention with the rule that produced it, each ConText flag with its trigger and rule,
    each relation with its rule or model score; for a run folder's note or patient also every
    candidate link with its decision fields. Note text is printed only here, on request."""
    import pipeline
    from pipeline.explain import ExplainError, PhraseNotFound, explain_in_run, explain_text, rules_changed
    from pipeline.explain import why_not as find_why_not
    from pipeline.explain.render import render_run, render_text, render_why_not

    try:
        anchor = date.fromisoformat(note_date) if note_date else None
    except ValueError:
        raise typer.BadParameter(f"{note_date!r} is not a date (YYYY-MM-DD)",
                                 param_hint="--note-date") from None
    run_dir = Path(text_or_run)
    nlp = pipeline.load()
    try:
        if item_id is not None:
            if not run_dir.is_dir():
                raise ExplainError(f"{run_dir}: not a run folder")
            result = explain_in_run(nlp, run_dir, item_id)
            lines = render_run(result, rules_changed(run_dir))
            if why_not:
                for note in result.notes:
                    if why_not.lower() in note.text.lower():
                        lines += render_why_not(find_why_not(nlp, note.text, why_not,
                                                             date.fromisoformat(note.note_date)))
                        break
                else:
                    raise PhraseNotFound(f"the phrase {why_not!r} is not in {item_id}")
        else:
            lines = render_text(explain_text(nlp, text_or_run, anchor))
            if why_not:
                lines += render_why_not(find_why_not(nlp, text_or_run, why_not, anchor))
    except (ExplainError, PhraseNotFound) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo("\n".join(lines))


def register(app: typer.Typer) -> None:
    app.command("explain")(explain)
