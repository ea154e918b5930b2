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
    candidate link with its decision fields. Note text is printed only here, on request.
    Exit codes: 0 done, 1 unexpected error (a bug), 2 a bad --note-date, run folder, id or
    --why-not phrase."""
    import pipeline
    from pipeline.errors import EXIT_INPUT
    from pipeline.explain import PhraseNotFound, explain_in_run, explain_text, rules_changed
    from pipeline.explain import why_not as find_why_not
    from pipeline.explain.render import render_run, render_text, render_why_not

    from .failures import fail, reported

    try:
        anchor = date.fromisoformat(note_date) if note_date else None
    except ValueError:
        fail(EXIT_INPUT, f"--note-date {note_date!r} is not a date (YYYY-MM-DD)")
    run_dir = Path(text_or_run)
    if item_id is not None and not run_dir.is_dir():  # before the pipeline is built
        fail(EXIT_INPUT, f"{run_dir}: not a run folder")
    nlp = pipeline.load()
    with reported(run_dir if item_id is not None else None):
        if item_id is not None:
            result = explain_in_run(nlp, run_dir, item_id)  # ExplainError: exit 2
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
    typer.echo("\n".join(lines))


def register(app: typer.Typer) -> None:
    """Add ``explain`` to the ``koebner`` app."""
    app.command("explain")(explain)
