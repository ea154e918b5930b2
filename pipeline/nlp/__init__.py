"""spaCy components of the koebner pipeline, one concern per module.

Factories are registered when :mod:`pipeline.nlp.factories` is imported (``pipeline.load()`` does
this); extensions are registered when a component is created, never at import.
"""
