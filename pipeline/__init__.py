"""koebner: find calciphylaxis in clinical notes and test for Koebnerization.

The public entry points are small on purpose::

    import pipeline
    nlp = pipeline.load()                 # a spaCy Language with the koebner components
    doc = nlp("Necrotic ulcer on the L thigh at her insulin injection site.")
"""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("koebner")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"


def load(config: str | None = None, **overrides):
    """Return the configured spaCy ``Language`` (see :func:`pipeline.nlp.build.load`)."""
    from .nlp.build import load as _load

    return _load(config, **overrides)


__all__ = ["__version__", "load"]
