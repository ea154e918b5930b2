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
)


@app.callback()
def _main() -> None:
    """koebner: extract -> link -> stats -> review."""


def _register() -> None:
    # Each area keeps its command definitions next to its code; this file only assembles them.
    from pipeline.commands import register_all

    register_all(app)


_register()

if __name__ == "__main__":
    app()
