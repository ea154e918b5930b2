"""Typed records of an explanation."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Mention


@dataclass(frozen=True)
class FlagSource:
    """What set or cleared one assertion flag of a mention: a ConText trigger, a clearing rule or a section."""
    flag: str              # negated, uncertain, historical, hypothetical, family
    set_to: bool           # what this source did to the flag
    source: str            # "context", "clearing" or "section"
    trigger: str = ""      # the trigger words in the text (ConText) or the section name
    rule: str = ""         # the ConText rule's literal, or the section rule's name
    category: str = ""     # the ConText category


@dataclass(frozen=True)
class MentionExplanation:
    """A mention with every source that set or cleared one of its flags (ConText modifiers, then sections)."""
    mention: Mention
    flags: tuple[FlagSource, ...] = ()


@dataclass(frozen=True)
class RelationExplanation:
    """A relation between two mentions and where it came from (rule, model, or rule vetoed by the model)."""
    type: str              # LOCATION | TIME
    event: str             # mention_id
    argument: str          # mention_id
    source: str  # "rule", "model", "vetoed" (rules found it, the model dropped it) or "superseded"
    #              (rules found it; the event kept another time, stated as its start)
    score: float | None = None   # the pair model's probability, where a model is used


@dataclass(frozen=True)
class TextExplanation:
    """The explanation of one text: its mentions and relations as the pipeline found them."""
    text: str
    note_date: str
    mentions: tuple[MentionExplanation, ...]
    relations: tuple[RelationExplanation, ...]


@dataclass(frozen=True)
class NearRule:
    """A target rule that almost matches a phrase: how many of its required tokens matched, and why not all."""
    literal: str
    category: str
    file: str              # the targets file the rule lives in
    matched: int           # pattern tokens matched in the phrase
    length: int            # pattern tokens (required ones)
    reason: str


@dataclass(frozen=True)
class WhyNot:
    """Why a phrase is not a mention: the mentions covering it, the dropped matches and the nearest rules."""
    phrase: str
    found: tuple[str, ...] = ()        # mentions that do cover the phrase
    blocked: tuple[str, ...] = ()      # rules that matched it and why their match was dropped
    nearest: tuple[NearRule, ...] = ()


@dataclass(frozen=True)
class LinkRow:
    """One candidate trauma-lesion link of a run, as its row of links.parquet."""
    fields: dict           # one row of links.parquet: trauma, lesion and the decision fields


@dataclass
class RunExplanation:
    """A patient's notes of a run explained, with the run's links and the patient's decision row (None if absent)."""
    run_dir: str
    patient_id: str
    note_ids: list[str]
    notes: list[TextExplanation] = field(default_factory=list)
    links: list[LinkRow] = field(default_factory=list)
    patient: dict | None = None        # the patient's row of patients.csv
