"""Rule and settings files shipped in ``configs/`` (installed as the package ``pipeline.configs``)."""
from __future__ import annotations

import hashlib
import json
from importlib.resources import files
from typing import Any

CONFIG_PACKAGE = "pipeline.configs"
MODEL_PACKAGE = "pipeline.models"


def config_path(name: str):
    return files(CONFIG_PACKAGE) / name


def read_config(name: str) -> Any:
    return json.loads(config_path(name).read_text(encoding="utf-8"))


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
