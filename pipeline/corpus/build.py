"""Build a gold corpus (guidelines section 5) from per-patient JSON sources.

Annotators write quotes, not offsets: a mention names its text and which occurrence it is
(``quote`` + ``n``), and the builder finds the offsets. Editing a note therefore never leaves
stale offsets behind; a quote that no longer occurs ``n`` times is an error.

Source file (one per patient)::

    {"patient_id": "K01", "age": 71, "sex": "F", "split": "train",
     "gold": {"calciphylaxis": "yes", ...},
     "notes": [{"note_id": "K01-01", "note_date": "2020-03-16", "note_type": "...", "text": "...",
                "mentions": [{"id": "T1", "label": "LESION", "quote": "eschar", "n": 1,
                              "flags": ["Negated"]}, ...],
                "relations": [["LOCATION", "T1", "T2"], ...]}]}
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import KoebnerError
from ..records import GOLD_FIELDS

FLAG_NAMES = ("Negated", "Uncertain", "Historical", "Hypothetical", "Family")
NOTE_COLUMNS = ("patient_id", "note_id", "note_date", "note_type", "text")
DEMOGRAPHIC_COLUMNS = ("patient_id", "age", "sex")
GOLD_COLUMNS = ("patient_id", *GOLD_FIELDS)
SPLIT_COLUMNS = ("patient_id", "split")


class CorpusSourceError(KoebnerError, ValueError):
    """A source file that cannot be turned into a corpus; the message names file, note and item."""


@dataclass(frozen=True)
class SourceMention:
    """A mention in a source file: the ``n``-th (1-based) occurrence of ``quote`` in the note, with its attributes."""
    id: str
    label: str
    quote: str
    n: int
    flags: tuple[str, ...] = ()
    region: str = ""
    laterality: str = ""
    trauma_type: str = ""
    agent: str = ""
    value: str = ""


@dataclass(frozen=True)
class SourceNote:
    """A note in a source file with its mentions and (type, arg1 id, arg2 id) relations."""
    note_id: str
    note_date: str
    note_type: str
    text: str
    mentions: tuple[SourceMention, ...] = ()
    relations: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class SourcePatient:
    """One per-patient JSON source file as parsed: demographics, split, gold fields and notes."""
    patient_id: str
    age: int | None
    sex: str
    split: str
    gold: dict[str, Any]
    notes: tuple[SourceNote, ...]
    path: Path


@dataclass(frozen=True)
class PlacedMention:
    """A source mention with the character offsets ``[start, end)`` its quote occupies in the note."""
    mention: SourceMention
    start: int
    end: int


@dataclass
class BuildSummary:
    """What a corpus build wrote: counts of patients, notes, relations and mentions per label."""
    out_dir: Path
    patients: int = 0
    notes: int = 0
    relations: int = 0
    mentions_per_label: dict[str, int] = field(default_factory=dict)


def _require(obj: dict, key: str, where: str) -> Any:
    if key not in obj:
        raise CorpusSourceError(f"{where}: missing field {key!r}")
    return obj[key]


def _parse_mention(raw: dict, where: str) -> SourceMention:
    ident = _require(raw, "id", where)
    where = f"{where} mention {ident}"
    n = raw.get("n", 1)
    if not isinstance(n, int) or n < 1:
        raise CorpusSourceError(f"{where}: n must be a positive integer, got {n!r}")
    flags = tuple(raw.get("flags", ()))
    unknown = [f for f in flags if f not in FLAG_NAMES]
    if unknown:
        raise CorpusSourceError(f"{where}: unknown flag(s) {unknown}; use {list(FLAG_NAMES)}")
    return SourceMention(
        id=ident,
        label=_require(raw, "label", where),
        quote=_require(raw, "quote", where),
        n=n,
        flags=flags,
        region=raw.get("region", "") or "",
        laterality=raw.get("laterality", "") or "",
        trauma_type=raw.get("type", "") or "",
        agent=raw.get("agent", "") or "",
        value=raw.get("value", "") or "",
    )


def _parse_note(raw: dict, where: str) -> SourceNote:
    note_id = _require(raw, "note_id", where)
    where = f"{where} note {note_id}"
    mentions = tuple(_parse_mention(m, where) for m in raw.get("mentions", ()))
    relations = []
    for rel in raw.get("relations", ()):
        if not (isinstance(rel, (list, tuple)) and len(rel) == 3):
            raise CorpusSourceError(f"{where}: relation {rel!r} is not [TYPE, ARG1, ARG2]")
        relations.append((str(rel[0]), str(rel[1]), str(rel[2])))
    return SourceNote(
        note_id=note_id,
        note_date=_require(raw, "note_date", where),
        note_type=raw.get("note_type", ""),
        text=_require(raw, "text", where),
        mentions=mentions,
        relations=tuple(relations),
    )


def load_patient(path: str | Path) -> SourcePatient:
    """Parse one per-patient JSON source file.

    Raises CorpusSourceError naming the file (and note) when it is not JSON or misses a required
    key.
    """
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CorpusSourceError(f"{path.name}: not valid JSON ({exc})") from exc
    where = path.name
    return SourcePatient(
        patient_id=_require(raw, "patient_id", where),
        age=raw.get("age"),
        sex=raw.get("sex", ""),
        split=raw.get("split", ""),
        gold=_require(raw, "gold", where),
        notes=tuple(_parse_note(n, where) for n in _require(raw, "notes", where)),
        path=path,
    )


def locate(text: str, quote: str, n: int) -> tuple[int, int] | None:
    """Offsets of the n-th (1-based) occurrence of ``quote`` in ``text``, or None."""
    if not quote:
        return None
    start = -1
    for _ in range(n):
        start = text.find(quote, start + 1)
        if start < 0:
            return None
    return start, start + len(quote)


def place_mentions(patient: SourcePatient, note: SourceNote) -> list[PlacedMention]:
    """Offsets of every mention of ``note`` in its text, in source order.

    Raises CorpusSourceError for a duplicate mention id, a quote that does not occur ``n`` times, or
    a relation naming an unknown mention.
    """
    where = f"{patient.path.name} note {note.note_id}"
    placed: list[PlacedMention] = []
    seen: set[str] = set()
    for m in note.mentions:
        if m.id in seen:
            raise CorpusSourceError(f"{where}: duplicate mention id {m.id}")
        seen.add(m.id)
        span = locate(note.text, m.quote, m.n)
        if span is None:
            found = note.text.count(m.quote) if m.quote else 0
            raise CorpusSourceError(
                f"{where} mention {m.id}: quote {m.quote!r} occurs {found} time(s), "
                f"n={m.n} asked for"
            )
        placed.append(PlacedMention(m, *span))
    for rtype, a1, a2 in note.relations:
        for arg in (a1, a2):
            if arg not in seen:
                raise CorpusSourceError(
                    f"{where}: relation {rtype} {a1}->{a2} names unknown mention {arg}"
                )
    return placed


def render_ann(note: SourceNote, placed: list[PlacedMention]) -> str:
    """brat standoff: each entity followed by its attributes and note, relations last."""
    lines: list[str] = []
    n_attr = n_note = 0

    def attr(name: str, target: str, value: str | None = None) -> None:
        nonlocal n_attr
        n_attr += 1
        lines.append(f"A{n_attr}\t{name} {target}" + (f" {value}" if value else ""))

    for p in placed:
        m = p.mention
        lines.append(f"{m.id}\t{m.label} {p.start} {p.end}\t{note.text[p.start:p.end]}")
        for flag in m.flags:
            attr(flag, m.id)
        if m.region:
            attr("Region", m.id, m.region)
        if m.laterality:
            attr("Laterality", m.id, m.laterality)
        if m.trauma_type:
            attr("TraumaType", m.id, m.trauma_type)
        if m.agent:
            attr("Agent", m.id, m.agent)
        if m.value:
            n_note += 1
            lines.append(f"#{n_note}\tAnnotatorNotes {m.id}\t{m.value}")
    for i, (rtype, a1, a2) in enumerate(note.relations, start=1):
        lines.append(f"R{i}\t{rtype} Arg1:{a1} Arg2:{a2}")
    return "\n".join(lines) + ("\n" if lines else "")


def _gold_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _write_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    # QUOTE_MINIMAL with the csv module is RFC 4180: fields with commas, quotes or newlines
    # are quoted and inner quotes doubled.
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in columns})


def load_sources(src_dir: str | Path) -> list[SourcePatient]:
    """Every ``*.json`` source in ``src_dir``, sorted by file name.

    Raises CorpusSourceError when there is none, when a patient or note id is repeated across files,
    or when a gold field is not one of the guidelines' fields.
    """
    src_dir = Path(src_dir)
    paths = sorted(src_dir.glob("*.json"))
    if not paths:
        raise CorpusSourceError(f"{src_dir}: no *.json source files")
    patients = [load_patient(p) for p in paths]
    seen_patients: dict[str, str] = {}
    seen_notes: dict[str, str] = {}
    for p in patients:
        if p.patient_id in seen_patients:
            raise CorpusSourceError(
                f"{p.path.name}: patient {p.patient_id} also in {seen_patients[p.patient_id]}"
            )
        seen_patients[p.patient_id] = p.path.name
        for n in p.notes:
            if n.note_id in seen_notes:
                raise CorpusSourceError(
                    f"{p.path.name}: note {n.note_id} also in {seen_notes[n.note_id]}"
                )
            seen_notes[n.note_id] = p.path.name
        unknown = set(p.gold) - set(GOLD_FIELDS)
        if unknown:
            raise CorpusSourceError(f"{p.path.name}: unknown gold field(s) {sorted(unknown)}")
    return patients


def build_corpus(src_dir: str | Path, out_dir: str | Path) -> BuildSummary:
    """Write notes.csv, demographics.csv, gold.csv, splits.csv and brat/ under ``out_dir``.

    Everything is placed before anything is written, so a bad source leaves the old corpus intact.
    """
    patients = load_sources(src_dir)
    out = Path(out_dir)
    summary = BuildSummary(out_dir=out, patients=len(patients))
    documents: list[tuple[SourceNote, str]] = []
    note_rows, demo_rows, gold_rows, split_rows = [], [], [], []
    for p in patients:
        demo_rows.append({"patient_id": p.patient_id, "age": _gold_cell(p.age), "sex": p.sex})
        gold_rows.append({"patient_id": p.patient_id,
                          **{k: _gold_cell(p.gold.get(k)) for k in GOLD_FIELDS}})
        split_rows.append({"patient_id": p.patient_id, "split": p.split})
        for note in p.notes:
            placed = place_mentions(p, note)
            documents.append((note, render_ann(note, placed)))
            note_rows.append({"patient_id": p.patient_id, "note_id": note.note_id,
                              "note_date": note.note_date, "note_type": note.note_type,
                              "text": note.text})
            for pm in placed:
                label = pm.mention.label
                summary.mentions_per_label[label] = summary.mentions_per_label.get(label, 0) + 1
            summary.relations += len(note.relations)
    summary.notes = len(note_rows)

    brat = out / "brat"
    brat.mkdir(parents=True, exist_ok=True)
    # Stale files of notes that were renamed or removed would otherwise linger in brat/.
    for old in [*brat.glob("*.txt"), *brat.glob("*.ann")]:
        old.unlink()
    for note, ann in documents:
        (brat / f"{note.note_id}.txt").write_text(note.text, encoding="utf-8", newline="")
        (brat / f"{note.note_id}.ann").write_text(ann, encoding="utf-8", newline="")
    _write_csv(out / "notes.csv", NOTE_COLUMNS, note_rows)
    _write_csv(out / "demographics.csv", DEMOGRAPHIC_COLUMNS, demo_rows)
    _write_csv(out / "gold.csv", GOLD_COLUMNS, gold_rows)
    _write_csv(out / "splits.csv", SPLIT_COLUMNS, split_rows)
    return summary
