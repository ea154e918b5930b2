"""The one base of every error a user can act on, and the exit codes the CLI gives them.

Any other exception escaping a command is a bug: exit 1, traceback to the run folder's log
(never the message, which may quote a note). Each subclass keeps its older base too (ValueError,
OSError, RuntimeError...), so code catching those still catches it.
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_BUG = 1      # unexpected error: a bug, traceback in koebner.log
EXIT_INPUT = 2    # input unusable: missing, empty, unknown format, missing columns, no usable row
EXIT_RESUME = 3   # --resume refused: the run folder belongs to another input or settings
EXIT_OUTPUT = 4   # the run folder (or --db, --out) cannot be written
EXIT_CLUSTER = 5  # the Dask cluster cannot be reached, or gave up on a partition


class KoebnerError(Exception):
    """An error the user can act on; ``exit_code`` is the CLI's exit status for it.

    Its message is shown to the user and may be logged: it names files, rows, options and
    values of settings, never note text.
    """

    exit_code: int = EXIT_INPUT


class InputError(KoebnerError, ValueError):
    """An option or input the user gave cannot be used (exit 2), where no more specific error
    class fits: a bad ``--columns`` mapping, an unknown ``--engine``, a corpus row that cannot
    be read. A ValueError too, for callers that catch that."""

    exit_code = EXIT_INPUT


__all__ = ["EXIT_BUG", "EXIT_CLUSTER", "EXIT_INPUT", "EXIT_OK", "EXIT_OUTPUT", "EXIT_RESUME",
           "InputError", "KoebnerError"]
