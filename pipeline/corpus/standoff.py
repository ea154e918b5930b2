"""Writing annotated notes as a gold corpus folder (notes.csv, brat/, gold.csv) and as brat
standoff; the readers are in :mod:`pipeline.corpus.brat`."""
from __future__ import annotations

from pathlib import Path

from .brat import BratDocument
from .build import FLAG_NAMES, GOLD_COLUMNS, NOTE_COLUMNS, _write_csv

VALUE_ATTRIBUTES = ("Region", "Laterality", "TraumaType", "Agent")


def render_document(doc: BratDocument) -> str:
    """brat standoff in the corpus's order: each entity, its flags and values, its note;
    relations last. Entities in text order keep their ids."""
    lines: list[str] = []
    n_attr = n_note = 0
    for entity in sorted(doc.entities.values(), key=lambda e: (e.start, e.end, e.id)):
        lines.append(f"{entity.id}\t{entity.label} {entity.start} {entity.end}\t{entity.text}")
        for name in FLAG_NAMES:
            if entity.attributes.get(name) is True:
                n_attr += 1
                lines.append(f"A{n_attr}\t{name} {entity.id}")
        for name in VALUE_ATTRIBUTES:
            value = entity.attributes.get(name)
            if isinstance(value, str) and value:
                n_attr += 1
                lines.append(f"A{n_attr}\t{name} {entity.id} {value}")
        if entity.note:
            n_note += 1
            lines.append(f"#{n_note}\tAnnotatorNotes {entity.id}\t{entity.note}")
    for i, relation in enumerate(doc.relations, start=1):
        lines.append(f"R{i}\t{relation.type} Arg1:{relation.arg1} Arg2:{relation.arg2}")
    return "\n".join(lines) + ("\n" if lines else "")


def write_corpus(out: str | Path, notes: list[dict], documents: dict[str, BratDocument],
                 gold: list[dict], demographics: list[dict] | None = None) -> Path:
    """A corpus folder in the layout of the guidelines (section 5), ready for
    ``koebner annotations check``."""
    out = Path(out)
    (out / "brat").mkdir(parents=True, exist_ok=True)
    _write_csv(out / "notes.csv", tuple(NOTE_COLUMNS), notes)
    for row in notes:
        note_id = row["note_id"]
        doc = documents.get(note_id) or BratDocument(note_id, row["text"])
        (out / "brat" / f"{note_id}.txt").write_text(row["text"], encoding="utf-8", newline="")
        (out / "brat" / f"{note_id}.ann").write_text(render_document(doc), encoding="utf-8")
    _write_csv(out / "gold.csv", tuple(GOLD_COLUMNS), gold)
    if demographics is not None:
        _write_csv(out / "demographics.csv", ("patient_id", "age", "sex"), demographics)
    return out
