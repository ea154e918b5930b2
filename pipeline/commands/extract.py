"""CLI commands: extract (not written yet)."""


def register(app) -> None:
    """No commands yet."""
