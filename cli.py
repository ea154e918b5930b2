"""The ``koebner`` command line: argument parsing only; every command calls library code."""
from __future__ import annotations

import gc

import typer

app = typer.Typer(
    name="koebner",
    help="Find calciphylaxis patients in clinical notes and test whether their lesions arose at "
    "sites of skin trauma (Koebner phenomenon).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # locals may hold note text (patient data)
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from pipeline import __version__

        typer.echo(f"koebner {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
    verbose: int = typer.Option(0, "--verbose", "-v", count=True, show_default=False,
                                help="Say more on stderr: -v what each stage did, -vv also each "
                                "chunk. Never note text."),
    quiet: bool = typer.Option(False, "--quiet", "-q",
                               help="Only errors on stderr (warnings still go to the run "
                               "folder's koebner.log)."),
) -> None:
    """koebner: extract -> link -> stats -> review. Every command has -h/--help. Exit codes:
    0 done, 1 unexpected error (a bug), 2 input unusable, 3 --resume refused, 4 output not
    writable, 5 Dask cluster unreachable (--engine dask)."""
    from pipeline import logs

    if verbose and quiet:
        raise typer.BadParameter("give --verbose or --quiet, not both", param_hint="-v/-q")
    logs.configure(-1 if quiet else verbose)
    ctx.call_on_close(logs.reset)  # no handler outlives the command's stderr


def _register() -> None:
    # Each area keeps its command definitions next to its code; this file only assembles them.
    from pipeline.commands import register_all

    register_all(app)


_register()


def main() -> None:
    """The installed ``koebner`` script: the app, with an error that a command did not turn into
    its documented exit code turned into one here, for every command alike
    (:func:`pipeline.commands.failures.handle`): 2-5 with a one-line message for a
    :class:`pipeline.errors.KoebnerError`, 1 for anything else, a bug (its traceback without
    exception messages, which may quote a note). Never Python's raw traceback on the terminal.

    The process ends after it: every object left is frozen out of the garbage collector's sight
    first, since the interpreter's shutdown would otherwise walk them (a loaded pipeline, a run's
    rows: over 250,000) in collection after collection, ~1.5 s of every command that extracts.
    Files, logs and worker processes are closed by then, and atexit handlers still run."""
    try:
        app()
    except typer.Exit as stop:  # raised by handle() outside click's own handling
        raise SystemExit(stop.exit_code) from None
    except Exception as exc:  # noqa: BLE001 - mapped to the documented exit codes
        from pipeline.commands.failures import handle

        try:
            handle(exc, None)
        except typer.Exit as stop:
            raise SystemExit(stop.exit_code) from None
    finally:
        gc.freeze()


if __name__ == "__main__":
    main()
