"""Third-party modules that importing medspaCy drags in and koebner never uses, imported only
when something does use them.

medspaCy's package imports QuickUMLS (for its UMLS matcher, which koebner does not use) and
QuickUMLS imports NLTK, which imports SciPy and scikit-learn. That was a second of every
process's start-up (each command, each worker: half of ``pipeline.load()``) and ~115,000 more
objects for the garbage collector to walk in every full collection while notes are processed.
QuickUMLS reads NLTK only when a matcher is built, so :func:`defer` puts a stand-in module in
``sys.modules`` that imports the real one the first time anything reads an attribute of it:
QuickUMLS, or a user's own ``import nltk``, gets NLTK exactly as before, one second later.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

# modules imported with medspaCy that no koebner code path reads
UNUSED = ("nltk",)


class DeferredModule(ModuleType):
    """Stands in ``sys.modules`` for a module not imported yet; the first attribute read imports
    it (replacing the stand-in) and is answered by it, as is every later read through a name
    bound to the stand-in. ``import name`` finds the stand-in without importing anything: the
    import system reads only ``__spec__``, which a module object has (None) from the start."""

    def __getattr__(self, attribute: str):
        return getattr(self._real(), attribute)

    def _real(self) -> ModuleType:
        name = self.__name__
        if sys.modules.get(name) is self:
            del sys.modules[name]
        return importlib.import_module(name)


def defer(name: str) -> bool:
    """Put a :class:`DeferredModule` for ``name`` in ``sys.modules``; False (nothing done) when
    the module is imported already or not installed."""
    if name in sys.modules or importlib.util.find_spec(name) is None:
        return False
    sys.modules[name] = DeferredModule(name)
    return True


def defer_unused() -> None:
    """:func:`defer` each of :data:`UNUSED`; ``import pipeline`` calls it."""
    for name in UNUSED:
        defer(name)
