"""Importing this module registers every koebner factory with spaCy."""
from . import (  # noqa: F401
    context,
    relations,
    risk_factors,
    sections,
    sentences,
    sites,
    targets,
    timex,
)
