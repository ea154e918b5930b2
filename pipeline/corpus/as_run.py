"""A gold corpus as a run folder (notes, mentions, relations, facts parquet), so the linker can
be measured on gold mentions, an upper bound for the full pipeline."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .brat import read_corpus

log = logging.getLogger(__name__)

FLAG_ATTRIBUTES = {
    "Negated": "negated", "Uncertain": "uncertain", "Historical": "historical",
    "Hypothetical": "hypothetical", "Family": "family",
}


@dataclass
class AsRunResult:
    """Where the gold run folder was written and how many rows each of its parquet files holds."""
    out_dir: Path
    notes: int
    mentions: int
    relations: int
    facts: int


def _section_finder():
    """The project's section detector when it is available; else everything is 'other'."""
    try:
        from ..nlp.sections import SectionDetector, section_at
        from ..resources import read_config
    except ImportError:  # the sections component ships with the extraction stage
        log.warning("section detector not available; every mention gets section 'other'")
        return lambda text: [], lambda sections, char: "other"
    detector = SectionDetector(read_config("sections.json")["sections"])
    return detector.find, section_at


def _text_value(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def gold_as_run(gold_dir: str | Path, out_dir: str | Path) -> AsRunResult:
    """Write notes/mentions/relations/facts.parquet for the gold corpus at ``gold_dir``."""
    import spacy

    from ..nlp.risk_factors import KoebnerRiskFactors  # noqa: F401  (registers the factory)

    corpus = read_corpus(gold_dir)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    find_sections, section_at = _section_finder()
    nlp = spacy.blank("en")
    nlp.add_pipe("koebner_risk_factors")

    notes = corpus.notes.copy()
    for column in ("patient_id", "note_id", "note_date", "text"):
        if column not in notes.columns:
            raise ValueError(f"{corpus.root}/notes.csv: missing column {column}")
    parsed = pd.to_datetime(notes["note_date"], errors="coerce")
    if parsed.isna().any():
        row = int(parsed.isna().idxmax())
        raise ValueError(f"{corpus.root}/notes.csv row {row + 2}: note_date "
                         f"{notes['note_date'].iloc[row]!r} is not a date")
    notes["note_date"] = parsed.dt.date
    if "note_type" not in notes.columns:
        notes["note_type"] = ""

    mention_rows, relation_rows, fact_rows = [], [], []
    for note in notes.itertuples(index=False):
        doc = corpus.documents.get(note.note_id)
        text = note.text
        if doc is not None and doc.text and doc.text != text:
            # offsets are into the brat text; the run folder must hold the same text
            log.warning("note %s: brat text differs from notes.csv; using the brat text", note.note_id)
            text = doc.text
        sections = find_sections(text)
        base = {"patient_id": note.patient_id, "note_id": note.note_id, "note_date": note.note_date}
        if doc is not None:
            ids = {eid: f"{note.note_id}:{eid}" for eid in doc.entities}
            times: dict[str, str] = {}
            for rel in doc.relations:
                if rel.arg1 not in ids or rel.arg2 not in ids:
                    raise ValueError(f"brat/{note.note_id}.ann relation {rel.id}: unknown argument")
                relation_rows.append({**{k: base[k] for k in ("patient_id", "note_id")},
                                      "type": rel.type, "arg1": ids[rel.arg1], "arg2": ids[rel.arg2]})
                if rel.type == "TIME":
                    value = doc.entities[rel.arg2].note
                    if value and rel.arg1 not in times:
                        times[rel.arg1] = value
            for eid, e in doc.entities.items():
                attrs = e.attributes
                mention_rows.append({
                    **base, "mention_id": ids[eid], "label": e.label, "start": e.start,
                    "end": e.end, "text": e.text, "section": section_at(sections, e.start),
                    **{col: attrs.get(name) is True for name, col in FLAG_ATTRIBUTES.items()},
                    "region": _text_value(attrs.get("Region")),
                    "laterality": _text_value(attrs.get("Laterality")),
                    "trauma_type": _text_value(attrs.get("TraumaType")),
                    "agent": _text_value(attrs.get("Agent")),
                    "timex_value": e.note if e.label == "TIMEX" else None,
                    "event_date": times.get(eid), "rule": "gold",
                })
        for fact in nlp(text)._.koebner_facts:
            fact_rows.append({**base, **fact, "section": section_at(sections, fact["start"])})

    mention_columns = [
        "patient_id", "note_id", "note_date", "mention_id", "label", "start", "end", "text",
        "section", *FLAG_ATTRIBUTES.values(), "region", "laterality", "trauma_type", "agent",
        "timex_value", "event_date", "rule",
    ]
    fact_columns = ["patient_id", "note_id", "note_date", "fact", "value", "start", "end", "text",
                    "section", "rule"]
    notes[["patient_id", "note_id", "note_date", "note_type", "text"]].to_parquet(
        out / "notes.parquet", index=False)
    pd.DataFrame(mention_rows, columns=mention_columns).to_parquet(out / "mentions.parquet", index=False)
    pd.DataFrame(relation_rows, columns=["patient_id", "note_id", "type", "arg1", "arg2"]).to_parquet(
        out / "relations.parquet", index=False)
    pd.DataFrame(fact_rows, columns=fact_columns).to_parquet(out / "facts.parquet", index=False)
    return AsRunResult(out, len(notes), len(mention_rows), len(relation_rows), len(fact_rows))
