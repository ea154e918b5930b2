"""CLI commands: screen (not written yet)."""


def register(app) -> None:
    """No commands yet."""
