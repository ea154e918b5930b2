"""The ``koebner`` command line: argument parsing only; every command calls library code."""
from __future__ import annotations

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
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """koebner: extract -> link -> stats -> review. Every command has -h/--help. Exit codes:
    0 done, 1 unexpected error (a bug), 2 input unusable, 3 --resume refused, 4 output not
    writable."""


def _register() -> None:
    # Each area keeps its command definitions next to its code; this file only assembles them.
    from pipeline.commands import register_all

    register_all(app)


_register()

if __name__ == "__main__":
    app()
