"""Assembling the koebner spaCy pipeline, in code or from a spaCy config.

:func:`load` builds the pipeline from spaCy's config system: :func:`default_config` (the
tokenizer and every component with its factory defaults), merged with a user's ``.cfg`` file,
``thinc`` ``Config`` or dict, then dotted ``overrides`` such as
``{"components.koebner_targets.rules": "my-rules/targets"}``. ``nlp.config`` of the result
rebuilds the same pipeline with ``spacy.util.load_model_from_config``.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Mapping

from spacy import util
from spacy.language import Language
from thinc.api import Config, ConfigValidationError

from ..resources import ConfigError
from .extensions import register_extensions
from .serialization import META_KEY, RuleDataComponent, describe_pipeline

TOKENIZER = "koebner.clinical_tokenizer.v1"
TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}}

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


def default_config() -> Config:
    """The koebner pipeline as a spaCy config: English, the clinical tokenizer, and every
    component (``[components.koebner_*]``) with its factory's default settings."""
    return Config({
        "nlp": {"lang": "en", "pipeline": list(PIPE_NAMES), "tokenizer": {"@tokenizers": TOKENIZER}},
        "components": {name: {"factory": name} for name in PIPE_NAMES},
    })


def _plain(value: Any) -> Any:
    """Config values must serialize: paths become strings."""
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


def _as_config(config: str | Path | Config | Mapping) -> Config:
    if isinstance(config, Config):
        return Config(config)
    if isinstance(config, Mapping):
        return Config(util.dot_to_dict({k: _plain(v) for k, v in config.items()}))
    path = Path(config)
    if path.is_dir():
        raise ConfigError(f"{path}: a folder, not a .cfg file (load a saved pipeline with "
                          f"spacy.load({str(path)!r}))")
    if not path.is_file():
        raise ConfigError(f"{path}: pipeline config file not found")
    try:
        return util.load_config(path, interpolate=False)
    except (ConfigValidationError, ValueError) as exc:
        raise ConfigError(f"{path}: not a valid spaCy config ({_one_line(exc)})") from None


def _set(config: Config, dotted: str, value: Any) -> None:
    *parents, key = dotted.split(".")
    section: Any = config
    for i, part in enumerate(parents):
        if not isinstance(section, dict) or part not in section:
            known = ", ".join(sorted(section)) if isinstance(section, dict) else ""
            raise ConfigError(f"override {dotted!r}: no section [{'.'.join(parents[:i + 1])}] in "
                              f"the pipeline config (there: {known})")
        section = section[part]
    section[key] = _plain(value)


def resolve_config(config: str | Path | Config | Mapping | None = None,
                   overrides: Mapping[str, Any] | None = None, exclude: tuple[str, ...] = (),
                   pipe_configs: Mapping[str, Mapping[str, Any]] | None = None) -> Config:
    """The pipeline config :func:`load` builds from (see there), not yet validated by spaCy.

    Raises ConfigError for a missing or malformed file, an override of a section that does not
    exist, or settings for a component that is not in the pipeline.
    """
    merged = default_config()
    if config is not None:
        merged = merged.merge(_as_config(config))
    components = merged.setdefault("components", {})
    for name, settings in (pipe_configs or {}).items():
        if name not in components:
            raise ConfigError(f"settings for {name!r}: no such component (there: "
                              f"{', '.join(components)})")
        components[name].update(_plain(dict(settings)))
    for dotted, value in (overrides or {}).items():
        _set(merged, dotted, value)
    if exclude:
        merged["nlp"]["pipeline"] = [p for p in merged["nlp"]["pipeline"] if p not in exclude]
        for name in exclude:
            components.pop(name, None)
    return merged


def load(config: str | Path | Config | Mapping | None = None, exclude: tuple[str, ...] = (),
         overrides: Mapping[str, Any] | None = None, **pipe_configs) -> Language:
    """Return a spaCy ``Language`` with the koebner components, their rules read and compiled.

    ``config`` is a spaCy ``.cfg`` file, a ``thinc`` ``Config`` or a dict (nested, or with dotted
    keys), merged over :func:`default_config`; e.g. a ``[components.koebner_targets]`` section
    with ``rules = "my-rules/targets"``. ``overrides`` sets single settings by their dotted path
    (``{"components.koebner_relations.veto_below": 0.2}``). ``exclude`` leaves components out;
    ``pipe_configs`` maps a component name to settings, e.g.
    ``load(koebner_targets={"rules": "my_targets.json"})``. A bad setting or rule file raises
    ConfigError (or the component's rule error) naming it. ``nlp.meta["koebner"]`` records the
    koebner version and a SHA-256 of every rule file the components were built from.
    """
    _quiet_third_party_logging()
    from . import factories  # noqa: F401  (registers the factories and the tokenizer)

    register_extensions()
    resolved = resolve_config(config, overrides, exclude, pipe_configs)
    try:
        nlp = util.load_model_from_config(resolved, auto_fill=True, validate=True)
    except ConfigValidationError as exc:
        raise ConfigError(f"pipeline config: {_one_line(exc)}") from None
    for _, component in nlp.pipeline:
        if isinstance(component, RuleDataComponent):
            component.initialize()   # read every rule file now: a broken one fails here
    nlp.meta[META_KEY] = describe_pipeline(nlp)
    return nlp
