"""``koebner rules init DIR``: a copy of the shipped rules an annotator can edit."""
from __future__ import annotations

import shutil
from pathlib import Path

from ..errors import KoebnerError
from ..resources import EXAMPLES_DIR, shipped_rules_dir  # noqa: F401  (EXAMPLES_DIR re-exported)


class RulesFolderError(KoebnerError, ValueError):
    """A rules folder that cannot be made."""


def init_rules(directory: str | Path, force: bool = False) -> list[Path]:
    """Copy every shipped rule/settings file (``*.json``, ``targets/``, ``tests/``) into
    ``directory``; returns the files written. An existing non-empty folder is kept unless
    ``force``."""
    out = Path(directory)
    if out.exists() and not out.is_dir():
        raise RulesFolderError(f"{out}: exists and is not a folder")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise RulesFolderError(f"{out}: folder is not empty (use --force to overwrite its rule files)")
    source = shipped_rules_dir()
    written = []
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if not path.is_file() or path.suffix not in (".json", ".toml", ".md") \
                or "__pycache__" in relative.parts:
            continue
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        written.append(target)
    return written
