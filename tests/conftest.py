import pytest


@pytest.fixture(scope="session")
def nlp():
    """The full koebner pipeline, built once for the session (building it per text is slow)."""
    import pipeline

    return pipeline.load()
