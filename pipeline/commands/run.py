"""CLI commands: run (not written yet)."""


def register(app) -> None:
    """No commands yet."""
