"""spaCy components of the koebner pipeline, one concern per module.

Factories are registered when :mod:`pipeline.nlp.factories` is imported (``pipeline.load()`` does
this); extensions are registered when a component is created, never at import. The busiest modules
load from their compiled build when one matches their source (:mod:`pipeline.nlp.compiled`).
"""
from . import compiled

compiled.install()
