"""Reading brat standoff annotations and gold corpora (annotation guidelines, section 5)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import KoebnerError


class BratFormatError(KoebnerError, ValueError):
    """A .ann line that does not follow the brat standoff format."""


@dataclass
class BratEntity:
    """A text-bound annotation (T line): character offsets into the note, label, attributes.

    Binary attributes are ``True``; multi-valued ones (Region, Laterality, ...) are strings.
    """
    id: str
    label: str
    start: int
    end: int
    text: str
    attributes: dict[str, str | bool] = field(default_factory=dict)
    note: str | None = None  # AnnotatorNotes, e.g. a TIMEX value

    @property
    def flags(self) -> set[str]:
        """Names of the binary attributes set on the entity (e.g. ``{"Negated"}``)."""
        return {k for k, v in self.attributes.items() if v is True}


@dataclass(frozen=True)
class BratRelation:
    """A relation (R line) of ``type`` from entity id ``arg1`` to entity id ``arg2``."""
    id: str
    type: str
    arg1: str
    arg2: str


@dataclass
class BratDocument:
    """One annotated note: its text, its entities by id and its relations."""
    note_id: str
    text: str
    entities: dict[str, BratEntity] = field(default_factory=dict)
    relations: list[BratRelation] = field(default_factory=list)


def parse_ann(ann: str, note_id: str = "", text: str = "") -> BratDocument:
    """Parse the content of a .ann file. Line numbers in errors are 1-based."""
    doc = BratDocument(note_id=note_id, text=text)
    pending_attrs: list[tuple[int, str]] = []
    pending_notes: list[tuple[int, str]] = []
    for lineno, raw in enumerate(ann.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        kind = line[0]
        try:
            if kind == "T":
                ident, middle, quote = line.split("\t", 2)
                label, spans = middle.split(" ", 1)
                # discontinuous spans ("0 5;9 12") are read as their covering span
                offsets = [int(x) for part in spans.split(";") for x in part.split()]
                doc.entities[ident] = BratEntity(ident, label, min(offsets), max(offsets), quote)
            elif kind == "R":
                ident, middle = line.split("\t")[:2]
                rtype, a1, a2 = middle.split()
                doc.relations.append(
                    BratRelation(ident, rtype, a1.split(":", 1)[1], a2.split(":", 1)[1])
                )
            elif kind in "AM":
                pending_attrs.append((lineno, line))
            elif kind == "#":
                pending_notes.append((lineno, line))
        except (ValueError, IndexError) as exc:
            raise BratFormatError(f"{note_id or 'ann'} line {lineno}: cannot parse {line!r}") from exc
    for lineno, line in pending_attrs:
        parts = line.split("\t")[1].split()
        name, target, value = parts[0], parts[1], (parts[2] if len(parts) > 2 else True)
        if target not in doc.entities:
            raise BratFormatError(f"{note_id} line {lineno}: attribute on unknown entity {target}")
        doc.entities[target].attributes[name] = value
    for lineno, line in pending_notes:
        parts = line.split("\t")
        target = parts[1].split()[-1]
        if target in doc.entities:
            doc.entities[target].note = parts[2].strip() if len(parts) > 2 else ""
    return doc


@dataclass
class GoldCorpus:
    """A gold corpus folder as read: notes.csv, the brat documents by note_id, gold.csv and demographics.

    ``demographics`` is None when the folder has no demographics.csv.
    """
    root: Path
    notes: pd.DataFrame
    documents: dict[str, BratDocument]
    gold: pd.DataFrame
    demographics: pd.DataFrame | None


def read_corpus(root: str | Path) -> GoldCorpus:
    """Read a gold corpus folder. Every value is read as a string; empty cells become ""."""
    root = Path(root)
    notes = pd.read_csv(root / "notes.csv", dtype=str, keep_default_na=False)
    gold_path = root / "gold.csv"
    gold = (
        pd.read_csv(gold_path, dtype=str, keep_default_na=False)
        if gold_path.exists()
        else pd.DataFrame()
    )
    demo_path = root / "demographics.csv"
    demographics = (
        pd.read_csv(demo_path, dtype=str, keep_default_na=False) if demo_path.exists() else None
    )
    documents: dict[str, BratDocument] = {}
    brat = root / "brat"
    if brat.is_dir():
        for ann_path in sorted(brat.glob("*.ann")):
            note_id = ann_path.stem
            txt_path = ann_path.with_suffix(".txt")
            text = txt_path.read_text(encoding="utf-8") if txt_path.exists() else ""
            documents[note_id] = parse_ann(ann_path.read_text(encoding="utf-8"), note_id, text)
    return GoldCorpus(root, notes, documents, gold, demographics)
