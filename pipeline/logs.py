"""Logging for the ``koebner`` command and for library users: one place that sets it up.

Only the package's own loggers (``pipeline.*``) are configured; third-party loggers (spaCy,
medspaCy, Dask) stay at WARNING even with ``-vv``, since their debug output may quote text.
Every message the package logs names rows, note ids, files and counts, never note text.

``configure(verbosity)`` sends the package's messages to stderr: -1 errors only (``--quiet``),
0 warnings (the default), 1 progress of the stages (``-v``), 2 and more details per chunk
(``-vv``). :func:`run_log` also writes them, and the tracebacks of bugs, to a run folder's
``koebner.log``.
"""
from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

LOGGER = "pipeline"  # the package's loggers are all named pipeline.<module>
LOG_FILE = "koebner.log"
_STDERR_FORMAT = "%(levelname)s: %(message)s"
_VERBOSE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_FILE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_TAG = "_koebner_handler"  # marks the handlers this module installed, so it can replace them
_level = logging.WARNING  # what configure() asked for on stderr


def level_for(verbosity: int) -> int:
    """The logging level of a verbosity: -1 ERROR, 0 WARNING, 1 INFO, 2 or more DEBUG."""
    if verbosity < 0:
        return logging.ERROR
    return (logging.WARNING, logging.INFO)[verbosity] if verbosity < 2 else logging.DEBUG


def configure(verbosity: int = 0, run_dir: str | Path | None = None) -> logging.Logger:
    """Send the package's log messages to stderr at ``verbosity`` (see :func:`level_for`).

    Calling it again replaces what an earlier call installed. With ``run_dir`` they also go
    to ``run_dir/koebner.log`` (at INFO or more detail, whatever ``verbosity``), until the next
    call. Returns the package's root logger.
    """
    global _level
    logger = reset()
    _level = level = level_for(verbosity)
    stream = logging.StreamHandler()  # the current sys.stderr
    stream.setFormatter(logging.Formatter(_VERBOSE_FORMAT if verbosity > 0 else _STDERR_FORMAT))
    stream.setLevel(level)
    setattr(stream, _TAG, "configure")
    logger.addHandler(stream)
    # the logger lets through what any handler wants (a run folder's log keeps warnings under
    # -q); without -v or run_dir it keeps the level it inherits, as an application set it
    wanted = min(level, logging.INFO) if run_dir is not None else level
    logger.setLevel(wanted if wanted < logging.WARNING else logging.NOTSET)
    if run_dir is not None:
        logger.addHandler(_file_handler(Path(run_dir), min(level, logging.INFO), "configure"))
    return logger


def reset() -> logging.Logger:
    """Undo :func:`configure`: its handlers removed and closed, the level back to the default.

    The CLI calls it when a command ends, so no handler outlives the stream it writes to.
    """
    global _level
    logger = logging.getLogger(LOGGER)
    for handler in [h for h in logger.handlers if getattr(h, _TAG, None) == "configure"]:
        logger.removeHandler(handler)
        handler.close()
    logger.setLevel(logging.NOTSET)
    _level = logging.WARNING
    return logger


def _file_handler(run_dir: Path, level: int, tag: str) -> logging.FileHandler:
    handler = logging.FileHandler(run_dir / LOG_FILE, encoding="utf-8", delay=True)
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(_FILE_FORMAT))
    setattr(handler, _TAG, tag)
    return handler


def file_level() -> int:
    """The level a run folder's log records at: warnings, or more when ``-v`` asked for more."""
    return min(logging.WARNING, _level)


@contextlib.contextmanager
def run_log(run_dir: str | Path) -> Iterator[Path]:
    """While inside, the package's messages also go to ``run_dir/koebner.log`` (created only
    when something is logged). Nested uses for the same folder write each message once."""
    run_dir = Path(run_dir)
    run_dir.mkdir(parents=True, exist_ok=True)
    path = run_dir / LOG_FILE
    logger = logging.getLogger(LOGGER)
    target = os.path.abspath(path)  # as FileHandler.baseFilename has it
    if any(isinstance(h, logging.FileHandler) and h.baseFilename == target
           for h in logger.handlers):
        yield path
        return
    handler = _file_handler(run_dir, file_level(), "run_log")
    logger.addHandler(handler)
    try:
        yield path
    finally:
        logger.removeHandler(handler)
        handler.close()


__all__ = ["LOG_FILE", "configure", "file_level", "level_for", "reset", "run_log"]
