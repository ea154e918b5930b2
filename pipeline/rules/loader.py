"""The one loader of rule and settings files: read the file in use, check it against its schema.

``read(name)`` is what every component, the linker and the screen get their rules from (through
:func:`pipeline.resources.read_config`): the file's plain JSON data, returned only once it
validates. ``load(name)`` returns the typed model instead, ``issues(name, path)`` every problem
of a file (``koebner rules check``). Which file is read: an explicit ``path``, else the active
rules folder's (``--rules DIR``), else the shipped one (``configs/``).

A problem raises ``ConfigError`` (or the caller's subclass of ``KoebnerError``) naming the file
and the key path, e.g. ``configs/sites.json: regions.thigh[3]: is empty``; a rule of a target or
ConText list is named by its literal (``targets/thermal.json: rule 'ice (packs)':
metadata.trauma_type: ...``); invalid JSON names the line.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..resources import TARGETS_DIR, ConfigError, config_path, config_source
from .schema import ContextFile, SectionsFile, SitesFile, TargetsFile
from .schema_settings import LinkerFile, OmopFile, RiskFactorsFile, ScreeningFile, TimexFile

SCHEMAS: dict[str, type[BaseModel]] = {
    "context.json": ContextFile,
    "sites.json": SitesFile,
    "sections.json": SectionsFile,
    "timex.json": TimexFile,
    "risk_factors.json": RiskFactorsFile,
    "screening.json": ScreeningFile,
    "linker.json": LinkerFile,
    "omop_note_nlp.json": OmopFile,
    "targets.json": TargetsFile,     # a single targets file given as a path
}
RULE_LISTS = ("target_rules", "context_rules")   # their items are named by their literal
MORE_HINT = "`koebner rules check DIR` lists every problem"

__all__ = ["Issue", "MORE_HINT", "SCHEMAS", "issues", "load", "parsed_issues", "read", "schema_for",
           "validation_issues"]


@dataclass(frozen=True)
class Issue:
    """One problem of a rule file: where (key path, relative to ``rule`` when there is one),
    the rule's literal (``""`` outside a rule list) and what is wrong."""

    where: str
    rule: str
    message: str
    index: int | None = None   # position of the rule in its list (target_rules, context_rules)

    def __str__(self) -> str:
        parts = [f"rule {self.rule!r}"] if self.rule else []
        parts += [self.where] if self.where else []
        return ": ".join([*parts, self.message])


def schema_for(name: str, path: str | Path | None = None) -> type[BaseModel] | None:
    """The model of the file called ``name`` (``sites.json``, ``targets/lesion.json``); a file in
    a ``targets/`` folder is a targets file. None for a name that has no schema."""
    if name in SCHEMAS:
        return SCHEMAS[name]
    in_targets = name.startswith(TARGETS_DIR + "/") or (
        path is not None and Path(path).parent.name == TARGETS_DIR)
    return TargetsFile if in_targets else None


def _source_text(name: str, path: str | Path | None, error: type[Exception]) -> tuple[str, str]:
    source = config_source(name, path)
    file = config_path(name) if path is None else Path(path)
    if path is not None and not file.is_file():
        raise error(f"{source}: file not found")
    try:
        return source, file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{source}: cannot be read ({exc})") from None


def _parse(text: str, source: str, error: type[Exception]) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno}, column "
                    f"{exc.colno})") from None


def _key_path(loc: tuple, data: Any = None) -> str:
    """``patterns[3] ('bmi').regex``: dict keys joined by dots, list positions in brackets, and a
    list item that has a ``name`` named by it."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            data = data[part] if isinstance(data, list) and part < len(data) else None
            if isinstance(data, dict) and isinstance(data.get("name"), str):
                out += f" ({data['name']!r})"
        elif part == "[key]":
            out += " (the key)"
        else:
            out += f".{part}" if out else str(part)
            data = data.get(part) if isinstance(data, dict) else None
    return out


def _shown(error: dict) -> str:
    value = error.get("input")
    if error["type"] == "missing" or isinstance(value, (dict, list)) or error["loc"] == ():
        return ""
    return f" (got {json.dumps(value)[:80]})"


def _issue(error: dict, data: Any) -> Issue:
    loc = tuple(error["loc"])
    message = error["msg"].removeprefix("Value error, ") + _shown(error)
    if len(loc) >= 2 and loc[0] in RULE_LISTS and isinstance(loc[1], int) and isinstance(data, dict):
        rules = data.get(loc[0])
        rule = rules[loc[1]] if isinstance(rules, list) and loc[1] < len(rules) else None
        if isinstance(rule, dict) and isinstance(rule.get("literal"), str) and rule["literal"]:
            return Issue(_key_path(loc[2:], rule), rule["literal"], message, loc[1])
        return Issue(_key_path(loc, data), "", message, loc[1])
    return Issue(_key_path(loc, data), "", message)


def validation_issues(model: type[BaseModel], data: Any) -> list[Issue]:
    """Every schema problem of already parsed ``data``, in file order."""
    try:
        model.model_validate(data)
    except ValidationError as exc:
        return [_issue(e, data) for e in exc.errors(include_url=False)]
    return []


@lru_cache(maxsize=64)
def _checked(model: type[BaseModel], text: str) -> tuple[Issue, ...]:
    """Problems of a file's text, computed once per text (pipelines are built many times)."""
    return tuple(validation_issues(model, json.loads(text)))


def _raise_first(found: tuple[Issue, ...] | list[Issue], source: str,
                 error: type[Exception]) -> None:
    if found:
        more = f" ({len(found) - 1} more problem(s): {MORE_HINT})" if len(found) > 1 else ""
        raise error(f"{source}: {found[0]}{more}")


def read(name: str, path: str | Path | None = None, error: type[Exception] = ConfigError) -> Any:
    """The plain JSON data of rule file ``name`` in use (or the file at ``path``), once it
    validates against its schema. Raises ``error`` naming the file and the key path."""
    source, text = _source_text(name, path, error)
    data = _parse(text, source, error)
    model = schema_for(name, path)
    if model is not None:
        _raise_first(_checked(model, text), source, error)
    return data


def load(name: str, path: str | Path | None = None,
         error: type[Exception] = ConfigError) -> BaseModel:
    """The typed model of rule file ``name`` in use (or of the file at ``path``).

    Raises ``error`` naming the file and key path; a name without a schema is a ``ValueError``.
    """
    model = schema_for(name, path)
    if model is None:
        raise ValueError(f"no schema for a rule file called {name!r} (known: "
                         f"{', '.join(sorted(SCHEMAS))}, targets/*.json)")
    data = read(name, path, error)
    return model.model_validate(data)


def parsed_issues(name: str, path: str | Path) -> tuple[Any, list[Issue]]:
    """The parsed data of the rule file at ``path`` (None when it cannot be read or parsed) and
    every problem of it (``name`` picks its schema)."""
    try:
        _, text = _source_text(name, path, ConfigError)
        data = _parse(text, str(path), ConfigError)
    except ConfigError as exc:
        return None, [Issue("", "", str(exc).removeprefix(f"{path}: "))]
    model = schema_for(name, path)
    return data, (validation_issues(model, data) if model is not None else [])


def issues(name: str, path: str | Path) -> list[Issue]:
    """Every problem of the rule file at ``path`` (``name`` picks its schema); a file that cannot
    be read or parsed is one problem with no key path."""
    return parsed_issues(name, path)[1]
