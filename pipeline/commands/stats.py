"""CLI commands: stats (not written yet)."""


def register(app) -> None:
    """No commands yet."""
