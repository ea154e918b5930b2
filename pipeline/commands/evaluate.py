"""CLI commands: evaluate (not written yet)."""


def register(app) -> None:
    """No commands yet."""
