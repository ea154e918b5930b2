"""Run a few hand-written clinical notes through a pipeline and print what it found, as JSON.

Used in-process and as a script in a fresh process, so that a pipeline saved in one process
can be compared with the same pipeline loaded elsewhere:

    python tests/pipeline_probe.py PATH_OR_PACKAGE_NAME [NOTES.csv]   # JSON of probe(spacy.load(...))
"""
from __future__ import annotations

import csv
import json
import sys
from datetime import date

# Notes written for these tests (not taken from any corpus). Each exercises several components:
# sections, targets with context, sites with laterality, timex against the note date,
# assertion, relations and risk factors.
NOTES = [
    ("N1", date(2021, 6, 1),
     "HPI: 64 yo F with ESRD on HD presents with painful retiform purpura on the L lateral thigh "
     "x 3 wks. She injects her insulin into both thighs. Denies any trauma to the abdomen.\n"
     "A/P: Skin biopsy 5/12/2021 consistent with calciphylaxis. Start sodium thiosulfate."),
    ("N2", date(2020, 11, 20),
     "Pt has used an ice pack on her R calf since August for knee pain. Now a necrotic eschar "
     "over the R calf. No family history of calciphylaxis. On warfarin since 2019."),
    ("N3", date(2019, 2, 14),
     "Wound clinic f/u: stellate ulcer of the lower abdomen at her prior enoxaparin injection "
     "sites, started 2 months ago. BMI 41. Rule out calciphylaxis; biopsy pending."),
]


def notes_from_csv(path: str) -> list[tuple[str, date, str]]:
    """``(note_id, note_date, text)`` of a notes CSV in the contract's columns."""
    with open(path, newline="", encoding="utf-8") as handle:
        return [(row["note_id"], date.fromisoformat(row["note_date"]), row["text"])
                for row in csv.DictReader(handle)]


def probe(nlp, notes: list[tuple[str, date, str]] = NOTES) -> list[dict]:
    """Per note: mentions (label, offsets, text, normalized fields, assertion, rule), relations
    as (type, event text, argument text) and risk-factor facts."""
    from pipeline.extract import extract_text

    out = []
    for note_id, note_date, text in notes:
        result = extract_text(nlp, text, note_date=note_date, note_id=note_id)
        assert result.error is None, result.error
        by_id = {m.mention_id: m for m in result.mentions}
        out.append({
            "note_id": note_id,
            "mentions": [[m.label, m.start, m.end, m.text, m.section, m.region, m.laterality,
                          m.trauma_type, m.agent, m.timex_value, m.negated, m.uncertain,
                          m.historical, m.hypothetical, m.family, m.rule]
                         for m in result.mentions],
            "relations": [[r.type, by_id[r.arg1].text, by_id[r.arg2].text]
                          for r in result.relations],
            "facts": [[f.fact, f.value, f.start, f.end, f.rule] for f in result.facts],
        })
    return out


if __name__ == "__main__":
    import spacy

    notes = notes_from_csv(sys.argv[2]) if len(sys.argv) > 2 else NOTES
    print(json.dumps(probe(spacy.load(sys.argv[1]), notes)))
