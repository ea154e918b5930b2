import pytest

# pytester: the case loader's strict xfails are checked by running pytest on a small file
pytest_plugins = ["pytester"]


@pytest.fixture(scope="session")
def nlp():
    """The full koebner pipeline, built once for the session (building it per text is slow)."""
    import pipeline

    return pipeline.load()
