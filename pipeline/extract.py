"""Extraction stage: notes in, per-note records out (mentions, relations, risk-factor facts)."""
from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from .nlp.extensions import iso_day
from .nlp.extensions import mentions as doc_mentions
from .nlp.sections import SectionIndex
from .records import EVENT_LABELS, Fact, Mention, Note, Relation

FLAG_SOURCES = {
    "negated": "is_negated",
    "uncertain": "is_uncertain",
    "historical": "is_historical",
    "hypothetical": "is_hypothetical",
    "family": "is_family",
}
ASSERTED_LABELS = frozenset(EVENT_LABELS)


@dataclass(frozen=True)
class NoteExtraction:
    """Everything extracted from one note: its mentions, relations and risk-factor facts.

    ``error`` is the exception type when the note could not be processed (then the tuples are
    empty and ``trace`` holds the traceback without the exception's message).
    """

    note: Note
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    facts: tuple[Fact, ...] = ()
    error: str | None = None  # exception type when the note could not be processed
    trace: str | None = None  # its traceback, without the exception's message (see safe_trace)


def root_cause(exc: BaseException) -> BaseException:
    """The first exception of a chain (spaCy wraps a component's error in its own ValueError)."""
    seen = {id(exc)}
    while exc.__cause__ is not None and id(exc.__cause__) not in seen:
        exc = exc.__cause__
        seen.add(id(exc))
    return exc


def safe_trace(exc: BaseException) -> str:
    """A traceback fit for a log file: where it happened (files, lines, our source code) and
    the exceptions' types, cause first, but not their messages, which may quote the note."""
    chain = [exc]
    while chain[-1].__cause__ is not None and chain[-1].__cause__ not in chain:
        chain.append(chain[-1].__cause__)
    lines = []
    for position, link in enumerate(reversed(chain)):
        if position:
            lines.append("The above exception was the direct cause of the following exception:")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(link.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line}")
        kind = type(link)
        lines.append(f"{kind.__module__}.{kind.__qualname__} (message withheld: it may quote "
                     "the note)")
    return "\n".join(lines)


def make_doc(nlp: Language, note: Note) -> Doc:
    """The note's text tokenized by ``nlp``, with its date and ids set on the Doc
    (``doc._.koebner_note_date`` anchors relative times), ready for ``nlp``'s components."""
    doc = nlp.make_doc(note.text)
    doc._.koebner_note_date = iso_day(note.note_date)
    doc._.koebner_note_id = note.note_id
    doc._.koebner_patient_id = note.patient_id
    return doc


def doc_to_records(doc: Doc, note: Note) -> NoteExtraction:
    """The records of a processed Doc: a Mention per span (ids ``NOTE_ID:M1``, ``:M2``... in
    text order, with its section and assertion flags), the relations between them (each event
    taking the date of its TIME relation as ``event_date``) and the risk-factor facts."""
    sections = SectionIndex(doc._.koebner_sections or [])
    spans = doc_mentions(doc)
    ids: dict[tuple[int, int, str], str] = {}
    records: list[Mention] = []
    for index, span in enumerate(spans, start=1):
        mention_id = f"{note.note_id}:M{index}"
        ids[(span.start_char, span.end_char, span.label_)] = mention_id
        section = sections.at(span.start_char)
        flags = {}
        if span.label_ in ASSERTED_LABELS:
            flags = {name: bool(getattr(span._, attr, False)) for name, attr in FLAG_SOURCES.items()}
            if section == "family_history":
                flags["family"] = True
        records.append(Mention(
            patient_id=note.patient_id, note_id=note.note_id, note_date=note.note_date,
            mention_id=mention_id, label=span.label_, start=span.start_char, end=span.end_char,
            text=span.text, section=section, **flags,
            region=span._.koebner_region, laterality=span._.koebner_laterality, trauma_type=span._.koebner_trauma_type,
            agent=span._.koebner_agent, timex_value=span._.koebner_timex_value, rule=span._.koebner_rule or "",
        ))
    relations = []
    event_dates: dict[str, str] = {}
    for rel_type, event, arg in doc._.koebner_relations or []:
        event_id = ids.get((event.start_char, event.end_char, event.label_))
        arg_id = ids.get((arg.start_char, arg.end_char, arg.label_))
        if event_id is None or arg_id is None:
            continue
        relations.append(Relation(note.patient_id, note.note_id, rel_type, event_id, arg_id))
        if rel_type == "TIME" and arg._.koebner_timex_value:
            event_dates.setdefault(event_id, arg._.koebner_timex_value)
    if event_dates:
        records = [_with_event_date(m, event_dates.get(m.mention_id)) for m in records]
    facts = _facts(note, doc._.koebner_facts or [], sections)
    return NoteExtraction(note, tuple(records), tuple(relations), facts)


def _facts(note: Note, found: list[dict], sections: SectionIndex) -> tuple[Fact, ...]:
    return tuple(
        Fact(note.patient_id, note.note_id, note.note_date, f["fact"], str(f["value"]),
             f["start"], f["end"], f["text"], sections.at(f["start"]), f.get("rule", ""))
        for f in found
    )


class FactsOnly:
    """Risk-factor facts of a note without tokenizing it: for notes the screen set aside.

    Patients with no calciphylaxis term still get their risk factors in patients.csv, at the
    cost of a few regular expressions per note.
    """

    def __init__(self):
        from .nlp.risk_factors import RiskFactorRules
        from .nlp.sections import SectionDetector
        from .resources import read_config

        self.rules = RiskFactorRules.load()
        self.sections = SectionDetector(read_config("sections.json")["sections"])

    def __call__(self, note: Note) -> NoteExtraction:
        """The note's risk-factor facts, without mentions or relations."""
        found = self.rules.find(note.text)
        sections = self.sections.find(note.text) if found else []
        return NoteExtraction(note, facts=_facts(note, found, SectionIndex(sections)))


def _with_event_date(mention: Mention, value: str | None) -> Mention:
    return mention if value is None else replace(mention, event_date=value)


def extract_notes(nlp: Language, notes: Iterable[Note], batch_size: int = 64) -> Iterator[NoteExtraction]:
    """Run the pipeline over notes, in input order. A note that raises is reported, not lost."""
    batch: list[Note] = []
    for note in notes:
        batch.append(note)
        if len(batch) >= batch_size:
            yield from _extract_batch(nlp, batch)
            batch = []
    if batch:
        yield from _extract_batch(nlp, batch)


def _extract_batch(nlp: Language, batch: list[Note]) -> Iterator[NoteExtraction]:
    try:
        docs = list(nlp.pipe(make_doc(nlp, n) for n in batch))
    except Exception:  # noqa: BLE001 - fall back to one note at a time to isolate the failing note
        for note in batch:
            try:
                yield doc_to_records(nlp(make_doc(nlp, note)), note)
            except Exception as exc:  # noqa: BLE001 - reported by type and traceback, never text
                yield NoteExtraction(note, error=type(root_cause(exc)).__name__,
                                     trace=safe_trace(exc))
        return
    for doc, note in zip(docs, batch):
        yield doc_to_records(doc, note)


def extract_text(nlp: Language, text: str, note_date=None, note_id: str = "note",
                 patient_id: str = "patient") -> NoteExtraction:
    """Extract one text with ``nlp`` (from :func:`pipeline.load`): a :class:`NoteExtraction`.

    ``note_date`` (a ``datetime.date``, default today) anchors relative times such as
    "x 3 wks"; the ids name the records (mention ids are ``NOTE_ID:M1``, ``:M2``...). Unlike
    :func:`extract_notes`, an error in a component is raised, not reported on the record.
    """
    note = Note(patient_id, note_id, note_date or date.today(), text)
    return doc_to_records(nlp(make_doc(nlp, note)), note)
