"""CLI commands: link (not written yet)."""


def register(app) -> None:
    """No commands yet."""
