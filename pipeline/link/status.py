"""Calciphylaxis status of a patient: yes / possible / no (guidelines section 4)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .config import StatusConfig
from .timeline import EventMention, PatientTimeline


@dataclass
class NoteVerdict:
    """One note's calciphylaxis verdict (yes / possible / no) and the evidence weight behind it."""
    note_id: str
    verdict: str  # yes | possible | no
    weight: float  # evidence weight behind the verdict
    doubt: float = 0.0  # weight of the note's strongest suspicion (a "no" may be mixed with doubt)


@dataclass
class Status:
    """A patient's calciphylaxis status (yes / possible / no), why, and the note_ids of the evidence."""
    value: str  # yes | possible | no
    reason: str
    evidence: list[str] = field(default_factory=list)  # note_ids


def _weight(e: EventMention, timeline: PatientTimeline, config: StatusConfig) -> float:
    weight = config.section_weight(e.section)
    sentence = timeline.note(e.note_id).sentence_text(e.sentence)
    if not e.uncertain and config.proof_cues.search(sentence):
        # "biopsy-proven calciphylaxis", "ruled out by skin biopsy": in any section, the
        # pathology report's weight
        weight = max(weight, max(config.section_weights.values(), default=weight))
    if config.differential_cues.search(sentence):
        weight *= config.differential_weight
    return weight


def note_verdicts(timeline: PatientTimeline, config: StatusConfig) -> list[NoteVerdict]:
    """Each note's verdict, with the weight of its strongest mention behind it (several weak
    mentions of one kind do not add up to a strong one)."""
    verdicts = []
    for note in timeline.notes:
        affirmed = suspected = negated = 0.0
        for e in timeline.events:
            # family and hypothetical statements say nothing about this patient's diagnosis
            if e.note_id != note.note_id or e.label != "CALCIPHYLAXIS" or e.family or e.hypothetical:
                continue
            w = _weight(e, timeline, config)
            if e.negated:
                negated = max(negated, w)
            elif e.uncertain:
                suspected = max(suspected, w)
            else:
                affirmed = max(affirmed, w)
        if affirmed and negated > affirmed:
            verdicts.append(NoteVerdict(note.note_id, "no", negated))
        elif affirmed:
            verdicts.append(NoteVerdict(note.note_id, "yes", affirmed))
        elif negated and negated >= suspected:
            verdicts.append(NoteVerdict(note.note_id, "no", negated, suspected))
        elif suspected or negated:
            verdicts.append(NoteVerdict(note.note_id, "possible", suspected))
    return verdicts


def calciphylaxis_status(timeline: PatientTimeline, config: StatusConfig) -> Status:
    """Notes are read in date order; a later confirmation overrides doubt, a later rule-out
    overrides suspicion, and only a rule-out at least as weighty as the diagnosis (and weighty
    in itself: assessment, pathology) undoes it. After a weighty rule-out the diagnosis is no
    longer "only ever suspected": later doubt leaves it ruled out, a later affirmation does not."""
    state, support, why = "no", [], "calciphylaxis never mentioned"
    strength = 0.0  # weight of the strongest affirmation behind a "yes"
    ruled_out = False  # a weighty rule-out: later doubt alone does not reopen it
    for v in note_verdicts(timeline, config):
        weighty = v.weight >= config.min_negation_weight_to_override
        if v.verdict == "yes":
            if state != "yes":
                support, strength = [], 0.0
            state, why, ruled_out = "yes", f"affirmed in {v.note_id}", False
            strength = max(strength, v.weight)
            support.append(v.note_id)
        elif v.verdict == "no":
            if state == "yes" and (not weighty or v.weight < strength):
                continue
            state, support, why = "no", [v.note_id], f"ruled out or negated in {v.note_id}"
            ruled_out = ruled_out or (weighty and v.weight > v.doubt)
        elif state != "yes" and not ruled_out:
            if state != "possible":
                support = []
            state, why = "possible", f"only suspected (last in {v.note_id})"
            support.append(v.note_id)
    return Status(state, why, support)
