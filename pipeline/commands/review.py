"""CLI commands: review (not written yet)."""


def register(app) -> None:
    """No commands yet."""
