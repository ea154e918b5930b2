"""Importing this module registers every koebner factory, and the koebner tokenizer, with spaCy."""
from . import (  # noqa: F401
    context,
    relations,
    risk_factors,
    sections,
    sentences,
    sites,
    targets,
    timex,
    tokenizer,
)
