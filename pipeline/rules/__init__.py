"""Rule files: one typed loader for every rule and settings file (``loader``: ``read``,
``load``, ``issues``; schemas in ``schema`` and ``schema_settings``), and rule folders for
annotators: copy the shipped rules (``init``), check them against the schemas and the guidelines'
vocabularies (``check``) and run the examples kept beside them (``examples``).

The names below are imported on first use, so that reading one settings file (the linker's, the
screen's) does not load spaCy for the rule checks.
"""
from __future__ import annotations

from importlib import import_module

_EXPORTS = {
    "RuleProblem": "check", "check_rules": "check",
    "ExampleResult": "examples", "ExamplesError": "examples", "examples_files": "examples",
    "load_examples": "examples", "run_examples": "examples",
    "RulesFolderError": "folder", "init_rules": "folder",
    "ConfigError": "loader", "Issue": "loader", "issues": "loader", "load": "loader",
    "read": "loader",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    """The public names of the rules modules, imported when first asked for."""
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
