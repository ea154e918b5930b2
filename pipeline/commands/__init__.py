"""Command definitions for the ``koebner`` CLI, one module per area.

Each module has ``register(app)`` that adds its typer commands. Commands parse arguments and
call library functions; nothing else lives here.
"""
from __future__ import annotations

from importlib import import_module

AREAS = (
    "extract", "run", "link", "evaluate", "annotations", "stats", "review", "screen", "synth",
    "train", "rules", "explain", "diff", "agreement", "rank", "serve", "users", "export",
    "package", "compile",
)


def register_all(app) -> None:
    """Add every area's commands to ``app`` (the ``koebner`` typer app), in AREAS order."""
    for area in AREAS:
        import_module(f"{__name__}.{area}").register(app)
