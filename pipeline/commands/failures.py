"""How every command fails: a user error exits with its documented code and a one-line
message on stderr; anything else is a bug, exit 1, with its traceback (never its message, which
may quote a note) in the run folder's koebner.log.

Commands either raise a :class:`pipeline.errors.KoebnerError` inside ``with reported(RUN_DIR):``
or call :func:`fail` with an ``EXIT_*`` code. Not an area: it registers no command.
"""
from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

import typer

from ..errors import EXIT_BUG, EXIT_INPUT, EXIT_OUTPUT, KoebnerError
from ..runfolder import log_unexpected

# no space left, read-only file system, disk quota: the output cannot be written
_OUTPUT_ERRNOS = (errno.ENOSPC, errno.EROFS, errno.EDQUOT)
# typer's own ways out (it vendors click): an exit already decided, Ctrl+C, a usage error
_CLI_EXITS = (typer.Exit, typer.Abort, typer.TyperException)


def fail(code: int, message: str) -> None:
    """Print ``error: MESSAGE`` on stderr (never note text) and exit with ``code``."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def run_errors(exc: BaseException) -> tuple[int, str] | None:
    """The exit code and message for an error the user can act on; None for a bug.

    A :class:`KoebnerError` carries its code; a missing file is input (2); a refused or full
    disk is output (4). Any other exception, a ValueError included, is a bug.
    """
    if isinstance(exc, KoebnerError):  # ClusterError 5, DatabaseWriteError/OutputError 4, ...
        return exc.exit_code, str(exc)
    if isinstance(exc, FileNotFoundError):
        return EXIT_INPUT, f"{exc.filename}: not found" if exc.filename else str(exc)
    if isinstance(exc, OSError) and (isinstance(exc, PermissionError)
                                     or exc.errno in _OUTPUT_ERRNOS):
        return EXIT_OUTPUT, f"cannot write the output ({exc.strerror}: {exc.filename})"
    return None


def unexpected(exc: BaseException, out_dir: Path | None) -> None:
    """A bug: its traceback (never its message, which may quote a note) goes to the run
    folder's koebner.log (or stderr without one); the user is told where, and it exits 1."""
    from ..extract import safe_trace

    written = log_unexpected(out_dir, exc)
    if written is None:
        typer.echo(safe_trace(exc), err=True)
    where = f"traceback in {written}" if written else "traceback above"
    fail(EXIT_BUG, f"unexpected {type(exc).__name__}: a bug, not a problem with your input "
                   f"({where}); please report it")


def handle(exc: BaseException, out_dir: Path | None) -> None:
    """Exit with the documented code for ``exc``: 2/3/4/5 with a message, 1 for a bug.

    click's own exits and usage errors (``typer.Exit``, ``BadParameter``) pass through.
    """
    if isinstance(exc, _CLI_EXITS):
        raise exc
    known = run_errors(exc)
    if known is None:
        unexpected(exc, out_dir)
    fail(*known)


@contextlib.contextmanager
def reported(out_dir: Path | None = None) -> Iterator[None]:
    """Inside, any error exits through :func:`handle`; a bug's traceback goes to
    ``out_dir/koebner.log`` when ``out_dir`` is an existing folder."""
    try:
        yield
    except Exception as exc:  # noqa: BLE001 - every error gets its documented exit code
        handle(exc, out_dir if out_dir is not None and Path(out_dir).is_dir() else None)


__all__ = ["fail", "handle", "reported", "run_errors", "unexpected"]
