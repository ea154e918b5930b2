"""Extraction engines other than this machine's process pool (:mod:`pipeline.runner`).

``dask``: the notes are partitioned by patient and extracted on a Dask cluster, an existing one
(``scheduler="tcp://host:8786"``) or a ``LocalCluster`` started for the run; the run folder is
identical to the local engine's. See docs/cluster.md.
"""
from __future__ import annotations

from ..errors import EXIT_CLUSTER, InputError, KoebnerError

ENGINES = ("local", "dask")


class ClusterError(KoebnerError, ConnectionError):
    """The Dask cluster could not be reached, or a partition failed on it."""

    exit_code = EXIT_CLUSTER


def check_engine(engine: str, scheduler: str | None) -> None:
    """Refuse an unknown engine, or a scheduler address without the engine that uses it."""
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise InputError("--scheduler is the address of a Dask scheduler: use it with --engine dask")


__all__ = ["ENGINES", "EXIT_CLUSTER", "ClusterError", "check_engine"]
