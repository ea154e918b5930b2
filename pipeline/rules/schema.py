"""Schemas of the rule files an annotator edits: ``targets/*.json``, ``context.json``,
``sites.json`` and ``sections.json``.

Allowed values come from :mod:`pipeline.records` (labels, trauma types, agents, regions,
lateralities); unknown keys are errors (``extra="forbid"``), so a misspelt key is not ignored, and
values are not coerced (``strict``): ``"5"`` is not a number. The settings files (timex, risk
factors, screening, linker, OMOP) are in :mod:`pipeline.rules.schema_settings`.
"""
from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    field_validator,
    model_validator,
)

from ..records import LABELS, REGIONS, TRAUMA_TYPES, Agent, Laterality, Region, TraumaType

TargetLabel = Literal[tuple(label for label in LABELS if label not in ("SITE", "TIMEX"))]
TargetCategory = Literal[TargetLabel, "IGNORE"]
Direction = Literal["FORWARD", "BACKWARD", "BIDIRECTIONAL", "TERMINATE", "PSEUDO"]

__all__ = ["Agent", "Comment", "Condition", "ContextFile", "ContextMetadata", "ContextRule",
           "Direction", "Laterality", "Region", "Regex", "Regexes", "SectionsFile", "SitesFile",
           "Strict", "TargetCategory", "TargetLabel", "TargetMetadata", "TargetRule", "TargetsFile",
           "TraumaType", "Vocabulary", "Word"]


class Strict(BaseModel):
    """Base of every rule-file model: unknown keys are errors and values are not coerced."""

    model_config = ConfigDict(extra="forbid", strict=True)


def _compiles(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"not a valid regular expression ({exc})") from None
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("is empty")
    return value


def _regexes(value: Any) -> str | list[str]:
    if isinstance(value, str):
        return _compiles(value)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("a regular expression, or a list of them (joined as alternatives)")
    for index, item in enumerate(value):
        try:
            _compiles(item)
        except ValueError as exc:
            raise ValueError(f"item {index}: {exc}") from None
    return value


def _comment(value: Any) -> str | list[str]:
    if isinstance(value, str) or (isinstance(value, list)
                                  and all(isinstance(v, str) for v in value)):
        return value
    raise ValueError("a comment is text, or a list of lines of text")


Word = Annotated[str, AfterValidator(_not_blank)]
"""A word or phrase of a vocabulary list: any non-blank text."""
Regex = Annotated[str, AfterValidator(_compiles)]
"""A Python regular expression (checked by compiling it)."""
Regexes = Annotated[Any, PlainValidator(_regexes)]
"""A regular expression or a list of them (joined as alternatives)."""
Comment = Annotated[Any, PlainValidator(_comment)]
"""Text for the reader (``description``, ``_about``): a string or a list of lines."""


def _check_pattern(pattern: list[dict]) -> list[dict]:
    from ..nlp.matching import TokenTest  # spaCy only when a token pattern is checked

    if not pattern:
        raise ValueError("pattern is empty")
    for token in pattern:
        try:
            TokenTest(token)   # unsupported keys, operators or a bad regex raise
        except (re.error, ValueError, TypeError, KeyError) as exc:  # re.error is not a ValueError
            raise ValueError(f"token {token}: {exc}") from None
    return pattern


class Condition(Strict):
    """One context condition of a target rule: words just before/after, near, or in the sentence;
    it does not hold where one of its ``unless`` conditions does."""

    prev: list[str] | None = None
    next: list[str] | None = None
    near: list[str] | None = None
    sentence: list[str] | None = None
    window: int | None = Field(default=None, ge=1)
    unless: list["Condition"] | None = None

    @model_validator(mode="after")
    def _one_kind(self):
        kinds = [k for k in ("prev", "next", "near", "sentence") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("a context condition names exactly one of prev/next/near/sentence")
        return self


class RuleContextSpec(Strict):
    """A target rule's context: it matches only with one of ``require_any``, every one of
    ``require_all`` and none of ``veto``."""

    require_any: list[Condition] = []
    require_all: list[Condition] = []
    veto: list[Condition] = []


class Retype(Strict):
    """Another trauma type for a rule's match where one of the conditions ``when`` holds."""

    trauma_type: TraumaType
    when: list[Condition] = Field(min_length=1)


class TargetMetadata(Strict):
    """A target rule's metadata: the trauma type (TRAUMA rules only), its context, the body region
    the match names by itself, and another type where its sentence says so."""

    trauma_type: TraumaType | None = None
    context: RuleContextSpec | None = None
    region: Region | None = None
    retype: Retype | None = None


class TargetRule(Strict):
    """One medspaCy TargetRule: ``literal`` names it in mentions, ``pattern`` is a token pattern."""

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
    """Procedure words that do not break the skin (no Koebner site)."""

    description: str | None = None
    words: list[Word]


VocabularyName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
"""A vocabulary's name (``insulins``), which word lists name as ``@insulins``."""


class Vocabulary(Strict):
    """A named word list (a drug family, say) that rules name as ``@name`` instead of repeating
    it; its words may name other vocabularies."""

    description: str | None = None
    words: list[Word] = Field(min_length=1)


class TargetsFile(Strict):
    """``targets/<concept>.json``: target rules and, in one file each, the shared tables;
    vocabularies defined in any file of a folder serve every file's rules."""

    description: str | None = None
    vocabularies: dict[VocabularyName, Vocabulary] | None = None
    target_rules: list[TargetRule] = []
    agents: dict[Agent, list[Word]] | None = None
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
    """koebner's additions to a ConText rule (scope through enders, matcher layer, brackets)."""

    not_terminated_by: list[str] | None = None
    spans_targets: bool | None = None
    layer: str | None = None
    closes: str | None = None
    backward_at_item_end: bool | None = None
    passes: list[str] | None = None  # literals of TERMINATE rules its scope reads through
    ends_forward_only: bool | None = None  # an ender of the scopes of triggers before it only
    shares_target_edge: bool | None = None  # also modifies a target it overlaps at one end
    predicate_of_target: bool | None = None  # right after a target: its words hedge that target only


class ContextRule(Strict):
    """One medspaCy ConTextRule (the keys koebner's files use)."""

    literal: str = Field(min_length=1)
    category: str = Field(min_length=1)
    direction: Direction
    pattern: list[dict] | None = None
    max_scope: int | None = Field(default=None, ge=1)
    max_targets: int | None = Field(default=None, ge=1)
    allowed_types: list[TargetLabel] | None = None
    excluded_types: list[TargetLabel] | None = None
    metadata: ContextMetadata | None = None

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, value):
        return None if value is None else _check_pattern(value)


class CategoryWords(Strict):
    """A table keyed by ConText category (``NEGATED_EXISTENCE: [words]``), with a description."""

    model_config = ConfigDict(extra="allow", strict=True)
    __pydantic_extra__: dict[str, list[Word]]
    description: str | None = None


class SectionLabels(Strict):
    """Section name -> the labels a section rule applies to there."""

    model_config = ConfigDict(extra="allow", strict=True)
    __pydantic_extra__: dict[str, list[TargetLabel]]


class SectionRules(Strict):
    """Section-dependent context: hypothetical sections and sections where a negation is advice."""

    description: str | None = None
    hypothetical_sections: SectionLabels | None = None
    negation_means_advice_sections: SectionLabels | None = None


class PlacePhrases(Strict):
    """A trauma named as the place of another finding: the categories that do not reach it."""

    description: str | None = None
    categories: list[Word] = []
    labels: list[TargetLabel] = []
    before: Regex
    site: Regex
    site_after: Regex
    where_before: Regex = ""  # a clause of place: "arising where the heating pad has sat"


class HeadingListRule(Strict):
    """The heading lines (or the question) of one kind of list and the flag its items take (for
    these labels)."""

    headings: list[Word] = []
    asks: Regex = ""  # a question ending in a colon above answers offered with boxes
    flag: Literal["negated", "uncertain", "historical", "hypothetical", "family"]
    labels: list[TargetLabel] = Field(min_length=1)

    @model_validator(mode="after")
    def _headed(self):
        if not self.headings and not self.asks:
            raise ValueError("a heading_lists rule needs 'headings' or 'asks'")
        return self


class HeadingLists(Strict):
    """Items of a list under a heading line of its own take the heading's flag."""

    description: str | None = None
    rules: list[HeadingListRule] = []


class ContextFile(Strict):
    """``context.json``: koebner's ConText rules, on top of (some of) medspaCy's defaults."""

    description: str | None = None
    use_medspacy_defaults: bool = True
    drop_medspacy_defaults: list[str] = []
    drop_medspacy_defaults_why: str | None = None
    terminated_by: CategoryWords = CategoryWords()
    clearing_categories: CategoryWords = CategoryWords()
    place_phrases: PlacePhrases | None = None
    heading_lists: HeadingLists | None = None
    section_rules: SectionRules = SectionRules()
    context_rules: list[ContextRule]


class Services(Strict):
    """Words of a care service ("wound care clinic") whose body-part word is not a site."""

    description: str | None = None
    nouns: list[Word] = []
    activities: list[Word] = []
    followers: list[Word] = []
    conjunctions: list[Word] = []
    names: list[Word] = []


class DressingTerms(Strict):
    """Dressing words that are no site unless a body part stands beside them."""

    description: str | None = None
    terms: list[Word] = []
    not_before: list[Word] = []
    not_after: list[Word] = []


class DigitNames(Strict):
    """Names of single fingers and toes ("index", "2nd") that may precede a digit word."""

    description: str | None = None
    terms: list[Word] = []
    names: list[Word] = []


class FieldLines(Strict):
    """Field lines of a record ("Site: LLQ") that place the trauma told a few lines above."""

    description: str | None = None
    labels: list[Word] = []
    reach: int = Field(default=0, ge=0, le=20)


class SiteReferences(Strict):
    """How a trauma told without a site takes one from the sentence beside it: "She uses a
    heating pad. She puts it on her right hip." (placement) and "she lifts a fold of skin on
    her left belly ... She injects this way" (back reference)."""

    description: str | None = None
    placement_verbs: list[Word] = []
    objects: list[Word] = []
    object_determiners: list[Word] = []
    prepositions: list[Word] = []
    max_gap: int = Field(default=4, ge=0, le=12)
    back_phrases: list[Word] = []
    not_after_there: list[Word] = []
    field_lines: FieldLines = FieldLines()


Way = Literal["up", "down"]


class RelativePositions(Strict):
    """A place told by its distance from a landmark ("just below the knee", "3 cm distal to the
    elbow") lies in the region on that side of the landmark."""

    description: str | None = None
    directions: dict[str, Way] = {}
    skip: list[Word] = []
    regions: dict[Region, dict[Way, Region]] = {}
    terms: dict[str, dict[Way, Region]] = {}
    min_distance: dict[str, float] = {}
    numbers: dict[str, float] = {}


class SitesFile(Strict):
    """``sites.json``: the body-part vocabulary by region, side words and what is not a site."""

    description: str | None = None
    regions: dict[Region, list[Word]]
    laterality: dict[Laterality, list[Word]]
    plural_terms: list[Word]
    laterality_case_sensitive: list[Word]
    orientation: list[Word]
    not_before: list[Word]
    not_after: list[Word]
    quadrant_laterality: dict[str, Laterality] = {}
    term_laterality: dict[str, Laterality] = {}
    ignore_terms: list[Word] = []
    adjective_terms: list[Word] = []
    generic_nouns: list[Word] = []
    position_nouns: list[Word] = []
    services: Services = Services()
    dressing_terms: DressingTerms = DressingTerms()
    digits: DigitNames = DigitNames()
    references: SiteReferences = SiteReferences()
    relative_positions: RelativePositions = RelativePositions()

    @field_validator("regions")
    @classmethod
    def _every_region(cls, value):
        missing = [r for r in REGIONS if r not in value]
        if missing:
            raise ValueError(f"regions missing: {', '.join(missing)}")
        return value


class SectionsFile(Strict):
    """``sections.json``: section name -> the headers that open it."""

    description: str | None = None
    sections: dict[str, list[Word]]
