"""Rule and settings files shipped in ``configs/`` (installed as the package ``pipeline.configs``)."""
from __future__ import annotations

import hashlib
import json
from importlib.resources import files
from pathlib import Path
from typing import Any

CONFIG_PACKAGE = "pipeline.configs"
MODEL_PACKAGE = "pipeline.models"


def config_path(name: str):
    return files(CONFIG_PACKAGE) / name


class ConfigError(ValueError):
    """A rule or settings file that is missing or not valid JSON."""


def config_source(name: str, path: str | Path | None = None) -> str:
    """How errors name a settings file: the given path, or the shipped file."""
    return str(path) if path is not None else f"pipeline.configs/{name}"


def read_config(name: str, path: str | Path | None = None,
                error: type[ValueError] = ConfigError) -> Any:
    """The shipped ``configs/NAME``, or the file at ``path`` (an annotator's edited copy).

    A missing file or invalid JSON raises ``error`` naming the file.
    """
    source = config_source(name, path)
    if path is None:
        text = config_path(name).read_text(encoding="utf-8")
    else:
        path = Path(path)
        if not path.is_file():
            raise error(f"{source}: file not found")
        text = path.read_text(encoding="utf-8")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno})") from None


def config_hashes() -> dict[str, str]:
    """SHA-256 of every shipped rule/settings file, for run.json provenance."""
    out = {}
    for entry in sorted(files(CONFIG_PACKAGE).iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".json", ".toml")):
            out[entry.name] = hashlib.sha256(entry.read_bytes()).hexdigest()
    return out


def read_model(name: str) -> Any:
    """A trained artifact shipped in ``models/`` (installed as ``pipeline.models``)."""
    path = files(MODEL_PACKAGE) / name
    if not path.is_file():
        raise FileNotFoundError(f"model {name!r} not found in models/; train it with "
                                f"`koebner train relations annotations`")
    return json.loads(path.read_text(encoding="utf-8"))
