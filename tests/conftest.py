"""Shared by every stage: the pipeline fixture, and a marker per folder (unit, integration,
regression) so that ``pytest -m "not integration"`` selects across folders (tests/README.md)."""
from pathlib import Path

import pytest

# pytester: the case loader's strict xfails are checked by running pytest on a small file
pytest_plugins = ["pytester"]

TESTS = Path(__file__).resolve().parent
STAGES = ("unit", "integration", "regression")


def pytest_collection_modifyitems(items):
    """Mark each test with the stage folder it lives in (none for a file at the tests/ root)."""
    for item in items:
        try:
            stage = item.path.relative_to(TESTS).parts[0]
        except ValueError:          # a test outside tests/ (pytester's own temporary files)
            continue
        if stage in STAGES:
            item.add_marker(stage)


@pytest.fixture(scope="session")
def nlp():
    """The full koebner pipeline, built once for the session (building it per text is slow)."""
    import pipeline

    return pipeline.load()
