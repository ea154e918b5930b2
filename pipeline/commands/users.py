"""CLI commands: ``koebner users add NAME --role reviewer|adjudicator --run RUN_DIR`` and
``koebner users list --run RUN_DIR`` (accounts of a run's review server)."""
from __future__ import annotations

import sys
from pathlib import Path

import typer

users_app = typer.Typer(help="Accounts of the review server (stored, hashed, in RUN_DIR/review.sqlite).",
                        no_args_is_help=True)


@users_app.command("add")
def add_user(
    name: str = typer.Argument(..., help="User name (letters, digits, '.', '_', '-')."),
    role: str = typer.Option(..., "--role", help="reviewer (reviews patients, blind to other "
                             "reviewers) or adjudicator (sees all reviews, settles disagreements)."),
    run: Path = typer.Option(..., "--run", help="The run folder the account reviews."),
    password_stdin: bool = typer.Option(False, "--password-stdin",
                                        help="Read the password from standard input (for scripts)."),
) -> None:
    """Add an account; the password is asked for (twice) unless --password-stdin.
    Exit codes: 0 added, 1 unexpected error (a bug), 2 bad name, role or run folder."""
    from pipeline.serve import ReviewStore

    from .failures import reported

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    with reported():
        user = ReviewStore.for_run(run).add_user(name, role, password)  # ReviewStoreError: 2
    typer.echo(f"added {user.name} ({user.role}) to {run / 'review.sqlite'}")


@users_app.command("list")
def list_users(run: Path = typer.Option(..., "--run", help="The run folder.")) -> None:
    """List the accounts of a run folder. Exit codes: 0 done, 1 unexpected error (a bug),
    2 run folder unusable."""
    from pipeline.serve import ReviewStore

    from .failures import reported

    with reported():
        users = ReviewStore.for_run(run).users()
    for user in users:
        typer.echo(f"{user.name}\t{user.role}")


def register(app) -> None:
    """Add ``users add|list`` to the ``koebner`` app."""
    app.add_typer(users_app, name="users")
