"""Rule and settings files shipped in ``configs/`` (installed as the package ``pipeline.configs``)."""
from __future__ import annotations

import hashlib
import json
import os
from importlib.resources import files
from pathlib import Path
from typing import Any

from .errors import KoebnerError

CONFIG_PACKAGE = "pipeline.configs"
MODEL_PACKAGE = "pipeline.models"
RULES_ENV = "KOEBNER_RULES"   # a rules folder made by `koebner rules init`, used by every stage
TARGETS_DIR = "targets"       # the target rules: one file per concept
EXAMPLES_DIR = "tests"        # rule tests as data (examples, not rules: not hashed)


def shipped_rules_dir() -> Path:
    """The folder of rule files shipped with the package (``configs/``)."""
    return Path(str(files(CONFIG_PACKAGE)))


def active_rules_dir() -> Path | None:
    """The annotator's rules folder in use (``--rules DIR`` / ``$KOEBNER_RULES``), or None."""
    value = os.environ.get(RULES_ENV)
    return Path(value) if value else None


def use_rules(directory: str | Path | None) -> Path | None:
    """Make every stage read its rules from ``directory`` (kept by worker processes too).

    A file missing from the folder falls back to the shipped one. Raises ConfigError when the
    folder does not exist.
    """
    if directory is None:
        return None
    path = Path(directory).resolve()
    if not path.is_dir():
        raise ConfigError(f"{directory}: rules folder not found (make one with "
                          f"`koebner rules init {directory}`)")
    os.environ[RULES_ENV] = str(path)
    return path


def config_path(name: str):
    """The rule/settings file ``name`` in use: the active rules folder's, else the shipped one."""
    active = active_rules_dir()
    if active is not None and (active / name).exists():
        return active / name
    return files(CONFIG_PACKAGE) / name


class ConfigError(KoebnerError, ValueError):
    """A rule or settings file that is missing, not valid JSON, or refused by its schema."""


def config_source(name: str, path: str | Path | None = None) -> str:
    """How errors name a settings file: a path one can open (the given one or the one in use)."""
    return str(path) if path is not None else str(config_path(name))


def read_config(name: str, path: str | Path | None = None,
                error: type[ValueError] = ConfigError) -> Any:
    """The plain data of ``configs/NAME`` in use (the active rules folder's, else the shipped
    one), or of the file at ``path`` (an annotator's edited copy), checked against its schema.

    A missing file, invalid JSON or a value its schema refuses raises ``error`` naming the file
    and the key path (see :mod:`pipeline.rules.loader`); a name without a schema is only parsed.
    """
    from .rules.loader import read  # the loader imports this module

    return read(name, path, error)


def _rule_files(directory: Path) -> dict[str, Path]:
    """Rule/settings files of a folder by their name relative to it (``targets/lesion.json``)."""
    out = {}
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory).as_posix()
        if path.is_file() and path.suffix in (".json", ".toml") and "__pycache__" not in relative \
                and not relative.startswith(EXAMPLES_DIR + "/"):
            out[relative] = path
    return out


def rule_files() -> dict[str, Path]:
    """Every rule/settings file in use: the shipped ones, overridden by the active rules folder's."""
    out = _rule_files(shipped_rules_dir())
    active = active_rules_dir()
    if active is not None:
        if (active / TARGETS_DIR).is_dir():   # a folder's targets replace the shipped ones whole
            out = {k: v for k, v in out.items() if not k.startswith(TARGETS_DIR + "/")}
        out.update(_rule_files(active))
    return out


def config_hashes() -> dict[str, str]:
    """SHA-256 of every rule/settings file in use, for run.json provenance; ``rules`` is one hash
    of them all: it changes when any rule changes."""
    out = {name: hashlib.sha256(path.read_bytes()).hexdigest()
           for name, path in rule_files().items()}
    combined = hashlib.sha256("".join(f"{k}={v}\n" for k, v in sorted(out.items())).encode())
    out["rules"] = combined.hexdigest()
    return out


def read_model(name: str) -> Any:
    """A trained artifact shipped in ``models/`` (installed as ``pipeline.models``)."""
    path = files(MODEL_PACKAGE) / name
    if not path.is_file():
        raise FileNotFoundError(f"model {name!r} not found in models/; train it with "
                                f"`koebner train relations annotations`")
    return json.loads(path.read_text(encoding="utf-8"))
