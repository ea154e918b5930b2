"""Assembling the koebner spaCy pipeline."""
from __future__ import annotations

import logging

import spacy
from spacy.language import Language

from .extensions import register_extensions

PIPE_NAMES = (
    "koebner_sentences",
    "koebner_sections",
    "koebner_targets",
    "koebner_sites",
    "koebner_timex",
    "koebner_context",
    "koebner_relations",
    "koebner_risk_factors",
)


def _quiet_third_party_logging() -> None:
    # PyRuSH logs every sentence at DEBUG through loguru; we do not use it, but medspaCy imports it.
    try:
        from loguru import logger

        logger.disable("PyRuSH")
    except ImportError:
        pass
    logging.getLogger("medspacy").setLevel(logging.WARNING)


def _clinical_tokenizer(nlp: Language) -> None:
    # "~4 cm", "~9/25": the approximate sign is not part of the number or date
    prefixes = list(nlp.Defaults.prefixes) + [r"~"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search


def load(config: str | None = None, exclude: tuple[str, ...] = (), **pipe_configs) -> Language:
    """Return a spaCy ``Language`` with the koebner components.

    ``exclude`` leaves components out; ``pipe_configs`` maps a component name to its config, e.g.
    ``load(koebner_targets={"rules": "my_targets.json"})`` for an annotator's edited rule file.
    ``config`` is reserved for a future settings file and must be None.
    """
    if config is not None:
        raise ValueError("pipeline settings files are not supported yet; pass component configs")
    _quiet_third_party_logging()
    from . import factories  # noqa: F401  (registers the factories)

    register_extensions()
    nlp = spacy.blank("en")
    _clinical_tokenizer(nlp)
    for name in PIPE_NAMES:
        if name not in exclude:
            nlp.add_pipe(name, config=pipe_configs.get(name, {}))
    return nlp
