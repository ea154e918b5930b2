"""koebner: find calciphylaxis in clinical notes and test for Koebnerization.

The public API, documented with examples in ``docs/api.md``::

    import pipeline
    nlp = pipeline.load()                       # a spaCy Language with the koebner components
    result = pipeline.extract_text(nlp, "Necrotic eschar of the L thigh at her insulin site.")
    result.mentions                             # tuple of pipeline.Mention records

- :func:`load` builds the spaCy pipeline; :func:`extract_text` and :func:`extract_notes` turn
  text and :class:`Note` records into per-note records (:class:`NoteExtraction`: its
  :class:`Mention`, :class:`Relation` and :class:`Fact` records);
- :func:`link_patients` (DataFrames) and :func:`link_run` (a run folder) decide each patient:
  :class:`Link` and :class:`PatientResult` records;
- :func:`run_pipeline` runs every stage into a run folder, as ``koebner run`` does;
- :class:`KoebnerError` is the base of every error a caller can act on;
  ``pipeline.logs.configure(verbosity)`` shows the package's log messages (never note text).

Names that need spaCy or pandas are imported on first use, so ``import pipeline`` stays cheap.
"""
from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from .deferred_imports import defer_unused
from .errors import KoebnerError
from .records import Fact, Link, Mention, Note, PatientResult, Relation

defer_unused()  # NLTK, which medspaCy's import drags in unused: a second of every start-up

try:
    __version__ = version("koebner")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

# public name -> the module that defines it, imported when the name is first used
_LAZY = {
    "extract_text": "pipeline.extract",
    "extract_notes": "pipeline.extract",
    "NoteExtraction": "pipeline.extract",
    "link_patients": "pipeline.link",
    "link_run": "pipeline.link",
    "LinkResult": "pipeline.link",
    "run_pipeline": "pipeline.workflow",
    "RunResult": "pipeline.workflow",
}


def load(config: str | None = None, **overrides):
    """Return the koebner spaCy ``Language``: sentences, sections, targets, sites, timex,
    context, relations and risk factors (see :func:`pipeline.nlp.build.load`).

    ``config`` and ``overrides`` are passed on unchanged: an override names a component and its
    settings, e.g. ``load(koebner_targets={"rules": "my-targets.json"})``.
    """
    from .nlp.build import load as _load

    return _load(config, **overrides)


def __getattr__(name: str) -> Any:
    """Import the public names that need spaCy or pandas when they are first used."""
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


__all__ = [
    "Fact", "KoebnerError", "Link", "LinkResult", "Mention", "Note", "NoteExtraction",
    "PatientResult", "Relation", "RunResult", "__version__", "extract_notes", "extract_text",
    "link_patients", "link_run", "load", "run_pipeline",
]
