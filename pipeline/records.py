"""Typed records passed between stages: ingest -> nlp -> per-note records -> linker -> stats.

Field names follow ``shared/contract.md``; they are the public interface of the output files.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, get_args

# The guidelines' vocabularies: each is declared once, as a Literal type (for typed records and
# the rule-file schemas of pipeline.rules) and as the tuple of its values, in the guidelines' order.
Label = Literal["CALCIPHYLAXIS", "LESION", "SITE", "TRAUMA", "TIMEX"]
LABELS: tuple[str, ...] = get_args(Label)
EventLabel = Literal["CALCIPHYLAXIS", "LESION", "TRAUMA"]   # the labels that carry context flags
EVENT_LABELS: tuple[str, ...] = get_args(EventLabel)
AssertionFlag = Literal["negated", "uncertain", "historical", "hypothetical", "family"]
ASSERTION_FLAGS: tuple[str, ...] = get_args(AssertionFlag)
Region = Literal[
    "head", "neck", "chest", "breast", "abdomen", "flank", "back", "buttock", "groin", "genitals",
    "shoulder", "upper_arm", "elbow", "forearm", "hand", "hip", "thigh", "knee", "lower_leg",
    "ankle", "foot",
]
REGIONS: tuple[str, ...] = get_args(Region)
# region groups of the guidelines (section 2), for partial site matches and the case-series table
REGION_GROUPS = {
    "head_neck": ("head", "neck"),
    "trunk": ("chest", "breast", "abdomen", "flank", "back", "buttock", "groin", "genitals"),
    "upper_extremity": ("shoulder", "upper_arm", "elbow", "forearm", "hand"),
    "lower_extremity": ("hip", "thigh", "knee", "lower_leg", "ankle", "foot"),
}
REGION_GROUP = {region: group for group, regions in REGION_GROUPS.items() for region in regions}
Laterality = Literal["left", "right", "bilateral"]
LATERALITIES: tuple[str, ...] = get_args(Laterality)
TraumaType = Literal["injection", "thermal", "pressure", "procedure", "accidental"]
TRAUMA_TYPES: tuple[str, ...] = get_args(TraumaType)
Agent = Literal["insulin", "heparin", "enoxaparin", "iron", "tobramycin", "vaccine", "other"]
AGENTS: tuple[str, ...] = get_args(Agent)
RiskFact = Literal["esrd", "dialysis", "diabetes", "insulin", "warfarin", "obesity", "bmi"]
RISK_FACTS: tuple[str, ...] = get_args(RiskFact)   # the risk-factor fields of gold.csv


@dataclass(frozen=True, slots=True)
class Note:
    """One input note, as ingest hands it to the pipeline."""

    patient_id: str
    note_id: str
    note_date: date
    text: str
    note_type: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """One extracted mention (a row of mentions.parquet); ``start``/``end`` index the note text."""

    patient_id: str
    note_id: str
    note_date: date
    mention_id: str
    label: str
    start: int
    end: int
    text: str
    section: str = ""
    negated: bool = False
    uncertain: bool = False
    historical: bool = False
    hypothetical: bool = False
    family: bool = False
    region: str | None = None
    laterality: str | None = None
    trauma_type: str | None = None
    agent: str | None = None
    timex_value: str | None = None
    event_date: str | None = None
    rule: str = ""

    @property
    def affirmed(self) -> bool:
        """Asserted present, current, for the patient: what a linker may count as evidence."""
        return not (self.negated or self.uncertain or self.hypothetical or self.family)


@dataclass(frozen=True, slots=True)
class Relation:
    """A note-level relation (a row of relations.parquet) between two mentions."""

    patient_id: str
    note_id: str
    type: str  # LOCATION | TIME
    arg1: str  # mention_id of the event (LESION, CALCIPHYLAXIS, TRAUMA)
    arg2: str  # mention_id of the SITE or TIMEX


@dataclass(frozen=True, slots=True)
class NoteResult:
    """Everything extracted from one note."""

    note: Note
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()


@dataclass(frozen=True, slots=True)
class Link:
    """A candidate trauma -> lesion pair of a patient and the linker's decision (links.parquet)."""

    patient_id: str
    trauma_id: str
    lesion_id: str
    trauma_type: str | None
    region: str | None
    trauma_laterality: str | None
    lesion_laterality: str | None
    site_match: str  # exact | partial | none | explicit
    trauma_date: str | None
    lesion_onset: str | None
    order: str  # before | after | unknown
    interval_days: int | None
    score: float
    linked: bool
    reason: str
    # koebner's extension of contract v1: what the order rests on and the other typed fields
    # the decision was made from (pipeline.link.decision)
    # dates | dates_within | told_before | present | narrative | tie | anatomy | new_start | ongoing |
    # documentation | care
    order_basis: str = ""
    dates_overlap: bool = False  # order "unknown" because the two dates' periods overlap
    window: str = ""  # within | beyond | n/a
    care: bool = False  # the trauma is care of the lesion


GOLD_FIELDS = (
    "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset", "trauma_date",
    "interval_days", *RISK_FACTS,
)


@dataclass(frozen=True, slots=True)
class PatientResult:
    """One patient's row of patients.csv: the fields of gold.csv, then provenance."""

    patient_id: str
    calciphylaxis: str = "no"
    koebner: str = "no"
    trauma_types: str = ""
    sites: str = ""
    lesion_onset: str = ""
    trauma_date: str = ""
    interval_days: int | None = None
    esrd: str = "no"
    dialysis: str = "none"
    diabetes: str = "no"
    insulin: str = "no"
    warfarin: str = "no"
    obesity: str = "no"
    bmi: float | None = None
    n_notes: int = 0
    evidence: str = ""
    processed: str = "all"       # all / some / none of the patient's input notes were read
    n_notes_quarantined: int = 0  # notes not read (quarantine.csv), not in n_notes


def as_dict(record: Any) -> dict[str, Any]:
    """A record as a plain dict of its fields."""
    return dataclasses.asdict(record)


def field_names(cls: type) -> list[str]:
    """The field names of a record class, in order (the output files' columns)."""
    return [f.name for f in dataclasses.fields(cls)]


@dataclass(frozen=True, slots=True)
class Fact:
    """A patient-level risk-factor statement found in one note (ESRD, dialysis, BMI...).

    ``value`` is the normalized value (``"yes"``/``"no"``, ``"HD"``/``"PD"``, a BMI number as text).
    """

    patient_id: str
    note_id: str
    note_date: date
    fact: str
    value: str
    start: int
    end: int
    text: str
    section: str = ""
    rule: str = ""
