"""Schemas of the rule files an annotator edits, with the guidelines' vocabularies.

Allowed values come from :mod:`pipeline.records` (labels, trauma types, agents, regions,
lateralities); unknown keys are errors (``extra="forbid"``), so a misspelt key is not ignored.
"""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..nlp.matching import TokenTest
from ..records import AGENTS, LABELS, LATERALITIES, REGIONS, TRAUMA_TYPES

TraumaType = Literal[TRAUMA_TYPES]
Agent = Literal[AGENTS]
Region = Literal[REGIONS]
Laterality = Literal[LATERALITIES]
TargetLabel = Literal[tuple(label for label in LABELS if label not in ("SITE", "TIMEX"))]
TargetCategory = Literal[TargetLabel, "IGNORE"]
Direction = Literal["FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _check_pattern(pattern: list[dict]) -> list[dict]:
    if not pattern:
        raise ValueError("pattern is empty")
    for token in pattern:
        try:
            TokenTest(token)   # unsupported keys, operators or a bad regex raise
        except (re.error, ValueError, TypeError, KeyError) as exc:  # re.error is not a ValueError
            raise ValueError(f"token {token}: {exc}") from None
    return pattern


class Condition(Strict):
    prev: list[str] | None = None
    next: list[str] | None = None
    near: list[str] | None = None
    sentence: list[str] | None = None
    window: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _one_kind(self):
        kinds = [k for k in ("prev", "next", "near", "sentence") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("a context condition names exactly one of prev/next/near/sentence")
        return self


class RuleContextSpec(Strict):
    require_any: list[Condition] = []
    veto: list[Condition] = []


class TargetMetadata(Strict):
    trauma_type: TraumaType | None = None
    context: RuleContextSpec | None = None


class TargetRule(Strict):
    literal: str = Field(min_length=1)
    category: TargetCategory
    pattern: list[dict]
    metadata: TargetMetadata | None = None

    _pattern = field_validator("pattern")(_check_pattern)

    @model_validator(mode="after")
    def _trauma_typed(self):
        typed = self.metadata is not None and self.metadata.trauma_type is not None
        if self.category == "TRAUMA" and not typed:
            raise ValueError("a TRAUMA rule needs metadata.trauma_type "
                             f"(one of {', '.join(TRAUMA_TYPES)})")
        if self.category != "TRAUMA" and typed:
            raise ValueError(f"only TRAUMA rules have a trauma_type (this is {self.category})")
        return self


class NotSkinProcedures(Strict):
    description: str | None = None
    words: list[str]


class TargetsFile(Strict):
    description: str | None = None
    target_rules: list[TargetRule] = []
    agents: dict[Agent, list[str]] | None = None
    procedure_regions: dict[str, str] | None = None
    not_skin_procedures: NotSkinProcedures | None = None

    @field_validator("procedure_regions")
    @classmethod
    def _regions(cls, value):
        for word, region in (value or {}).items():
            if word != "description" and region not in REGIONS:
                raise ValueError(f"{word!r}: region {region!r} is not one of {', '.join(REGIONS)}")
        return value


class ContextMetadata(Strict):
    not_terminated_by: list[str] | None = None
    spans_targets: bool | None = None
    layer: str | None = None
    closes: str | None = None


class ContextRule(Strict):
    literal: str = Field(min_length=1)
    category: str = Field(min_length=1)
    direction: Direction
    pattern: list[dict] | None = None
    max_scope: int | None = Field(default=None, ge=1)
    allowed_types: list[TargetLabel] | None = None
    excluded_types: list[TargetLabel] | None = None
    metadata: ContextMetadata | None = None

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, value):
        return None if value is None else _check_pattern(value)


class ContextFile(Strict):
    description: str | None = None
    use_medspacy_defaults: bool = True
    drop_medspacy_defaults: list[str] = []
    drop_medspacy_defaults_why: str | None = None
    terminated_by: dict[str, str | list[str]] = {}
    clearing_categories: dict[str, str | list[str]] = {}
    section_rules: dict[str, str | dict[str, list[TargetLabel]]] = {}
    context_rules: list[ContextRule]


class SitesFile(BaseModel):
    """sites.json: its many word lists are free; regions and lateralities are the guidelines'."""
    model_config = ConfigDict(extra="allow")
    regions: dict[Region, list[str]]
    laterality: dict[Laterality, list[str]]
    quadrant_laterality: dict[str, Laterality] = {}
    term_laterality: dict[str, Laterality] = {}

    @field_validator("regions")
    @classmethod
    def _every_region(cls, value):
        missing = [r for r in REGIONS if r not in value]
        if missing:
            raise ValueError(f"regions missing: {', '.join(missing)}")
        return value
