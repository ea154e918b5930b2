"""Typed records of an explanation."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Mention


@dataclass(frozen=True)
class FlagSource:
    flag: str              # negated, uncertain, historical, hypothetical, family
    set_to: bool           # what this source did to the flag
    source: str            # "context", "clearing" or "section"
    trigger: str = ""      # the trigger words in the text (ConText) or the section name
    rule: str = ""         # the ConText rule's literal, or the section rule's name
    category: str = ""     # the ConText category


@dataclass(frozen=True)
class MentionExplanation:
    mention: Mention
    flags: tuple[FlagSource, ...] = ()


@dataclass(frozen=True)
class RelationExplanation:
    type: str              # LOCATION | TIME
    event: str             # mention_id
    argument: str          # mention_id
    source: str            # "rule", "model" or "vetoed" (found by the rules, dropped by the model)
    score: float | None = None   # the pair model's probability, where a model is used


@dataclass(frozen=True)
class TextExplanation:
    text: str
    note_date: str
    mentions: tuple[MentionExplanation, ...]
    relations: tuple[RelationExplanation, ...]


@dataclass(frozen=True)
class NearRule:
    literal: str
    category: str
    file: str              # the targets file the rule lives in
    matched: int           # pattern tokens matched in the phrase
    length: int            # pattern tokens (required ones)
    reason: str


@dataclass(frozen=True)
class WhyNot:
    phrase: str
    found: tuple[str, ...] = ()        # mentions that do cover the phrase
    blocked: tuple[str, ...] = ()      # rules that matched it and why their match was dropped
    nearest: tuple[NearRule, ...] = ()


@dataclass(frozen=True)
class LinkRow:
    fields: dict           # one row of links.parquet: trauma, lesion and the decision fields


@dataclass
class RunExplanation:
    run_dir: str
    patient_id: str
    note_ids: list[str]
    notes: list[TextExplanation] = field(default_factory=list)
    links: list[LinkRow] = field(default_factory=list)
    patient: dict | None = None        # the patient's row of patients.csv
