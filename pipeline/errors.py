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
    """An error the user can act on; ``exit_code`` is the CLI's exit status for it."""

    exit_code: int = EXIT_INPUT


__all__ = ["EXIT_BUG", "EXIT_CLUSTER", "EXIT_INPUT", "EXIT_OK", "EXIT_OUTPUT", "EXIT_RESUME",
           "KoebnerError"]
