"""Linker settings: configs/linker.json (shipped as pipeline.configs), overridable by a path."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..resources import config_source, read_config

CONFIG_NAME = "linker.json"


class LinkerConfigError(ValueError):
    """The linker settings file is missing a key or holds a value of the wrong kind."""


@dataclass(frozen=True)
class LinkerConfig:
    section_weights: dict[str, float]
    default_section_weight: float
    differential_cues: re.Pattern
    differential_weight: float
    min_negation_weight_to_override: float
    copy_min_tokens: int
    copy_min_jaccard: float
    lesion_labels: tuple[str, ...]
    ongoing_trauma_types: frozenset[str]
    ongoing_cues: re.Pattern
    ongoing_grace_days: int
    inherit_site_within_note: bool
    max_days_single: int | None
    max_days_ongoing: int | None
    same_day_is_before: bool
    explicit_ties: tuple[re.Pattern, ...]
    tie_max_gap_chars: int
    tie_denials: re.Pattern
    max_onset_lead_days: int | None
    scores: dict[str, float]
    source: str = CONFIG_NAME

    def section_weight(self, section: str | None) -> float:
        return self.section_weights.get(section or "other", self.default_section_weight)


def _alternation(words: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b", re.IGNORECASE)


def _from_dict(data: dict[str, Any], source: str) -> LinkerConfig:
    try:
        status, copy, events, order = (
            data["status"], data["copy_forward"], data["events"], data["order"]
        )
        return LinkerConfig(
            section_weights={k: float(v) for k, v in status["section_weights"].items()},
            default_section_weight=float(status["default_section_weight"]),
            differential_cues=_alternation(status["differential_cues"]),
            differential_weight=float(status["differential_weight"]),
            min_negation_weight_to_override=float(status["min_negation_weight_to_override"]),
            copy_min_tokens=int(copy["min_tokens"]),
            copy_min_jaccard=float(copy["min_jaccard"]),
            lesion_labels=tuple(events["lesion_labels"]),
            ongoing_trauma_types=frozenset(events["ongoing_trauma_types"]),
            ongoing_cues=_alternation(events["ongoing_cues"]),
            ongoing_grace_days=int(events["ongoing_grace_days"]),
            inherit_site_within_note=bool(events["inherit_site_within_note"]),
            max_days_single=order["max_days_before_onset_single"],
            max_days_ongoing=order["max_days_before_onset_ongoing"],
            same_day_is_before=bool(order["same_day_is_before"]),
            explicit_ties=tuple(re.compile(p, re.IGNORECASE) for p in data["explicit_ties"]),
            tie_max_gap_chars=int(data["tie_max_gap_chars"]),
            tie_denials=re.compile("|".join(data["tie_denials"]), re.IGNORECASE),
            max_onset_lead_days=events["max_onset_before_documentation_days"],
            scores={k: float(v) for k, v in data["scores"].items()},
            source=source,
        )
    except KeyError as exc:
        raise LinkerConfigError(f"{source}: missing setting {exc.args[0]!r}") from exc
    except (TypeError, ValueError, re.error) as exc:
        raise LinkerConfigError(f"{source}: bad value ({exc})") from exc


def load_config(path: str | Path | None = None) -> LinkerConfig:
    """The shipped settings, or those of ``path`` (a full linker.json)."""
    data = read_config(CONFIG_NAME, path, LinkerConfigError)
    return _from_dict(data, config_source(CONFIG_NAME, path))
