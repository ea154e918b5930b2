"""Assembling the koebner spaCy pipeline."""
from __future__ import annotations

import logging

import spacy
from spacy.language import Language

from .extensions import register_extensions

TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "koebner.clinical_tokenizer.v1"}}}

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


def load(config: str | None = None, exclude: tuple[str, ...] = (), **pipe_configs) -> Language:
    """Return a spaCy ``Language`` with the koebner components.

    ``exclude`` leaves components out; ``pipe_configs`` maps a component name to its config, e.g.
    ``load(koebner_targets={"rules": "my_targets.json"})`` for an annotator's edited rule file.
    ``config`` is reserved for a future settings file and must be None.
    """
    if config is not None:
        raise ValueError("pipeline settings files are not supported yet; pass component configs")
    _quiet_third_party_logging()
    from . import factories  # noqa: F401  (registers the factories and the tokenizer)

    register_extensions()
    nlp = spacy.blank("en", config=TOKENIZER_CONFIG)
    for name in PIPE_NAMES:
        if name not in exclude:
            nlp.add_pipe(name, config=pipe_configs.get(name, {}))
    return nlp
