"""CLI commands: annotations (not written yet)."""


def register(app) -> None:
    """No commands yet."""
