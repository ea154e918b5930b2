"""CLI commands: synth (not written yet)."""


def register(app) -> None:
    """No commands yet."""
