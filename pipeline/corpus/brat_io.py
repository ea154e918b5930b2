"""brat round trip: a run folder as a brat project to correct, and a brat folder (``*.txt`` +
``*.ann``, as brat saves them) back into the corpus layout."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from ..errors import KoebnerError
from ..records import AGENTS, EVENT_LABELS, GOLD_FIELDS, LABELS, LATERALITIES, REGIONS, TRAUMA_TYPES
from .brat import BratFormatError, parse_ann
from .build import FLAG_NAMES
from .labelstudio import RELATIONS, _note_row, run_documents
from .standoff import write_corpus


class BratImportError(KoebnerError, ValueError):
    """A brat folder or its note list that cannot be read into a corpus."""


def annotation_conf() -> str:
    """brat's annotation.conf for the guidelines' scheme (labels, relations, attributes)."""
    events = "|".join(EVENT_LABELS)
    lines = ["[entities]", *LABELS, "", "[relations]"]
    lines += [f"LOCATION\tArg1:{events}, Arg2:SITE", f"TIME\tArg1:{events}, Arg2:TIMEX",
              "", "[events]", "", "[attributes]"]
    lines += [f"{flag}\tArg:{events}" for flag in FLAG_NAMES]
    lines += [f"Region\tArg:SITE, Value:{'|'.join(REGIONS)}",
              f"Laterality\tArg:SITE, Value:{'|'.join(LATERALITIES)}",
              f"TraumaType\tArg:TRAUMA, Value:{'|'.join(TRAUMA_TYPES)}",
              f"Agent\tArg:TRAUMA, Value:{'|'.join(AGENTS)}"]
    assert set(RELATIONS) == {"LOCATION", "TIME"}
    return "\n".join(lines) + "\n"


def export_run_brat(run_dir: str | Path, out: str | Path) -> Path:
    """The run's notes, mentions and relations as a corpus draft: brat/ (with annotation.conf),
    notes.csv and gold.csv pre-filled from patients.csv, for annotators to correct in brat."""
    run_dir, out = Path(run_dir), Path(out)
    notes, docs = run_documents(run_dir)
    rows = [_note_row(r) for r in notes.to_dict("records")]
    patients_path = run_dir / "patients.csv"
    predicted = {}
    if patients_path.is_file():
        table = pd.read_csv(patients_path, dtype=str, keep_default_na=False)
        predicted = {r["patient_id"]: r for r in table.to_dict("records")}
    order = list(dict.fromkeys(r["patient_id"] for r in rows))
    gold = [{"patient_id": p, **{f: predicted.get(p, {}).get(f, "") for f in GOLD_FIELDS}}
            for p in order]
    write_corpus(out, rows, docs, gold)
    (out / "brat" / "annotation.conf").write_text(annotation_conf(), encoding="utf-8")
    return out


def import_brat(brat_dir: str | Path, notes_csv: str | Path, out: str | Path,
                gold_csv: str | Path | None = None) -> Path:
    """A brat folder into the corpus layout. ``notes_csv`` gives each note's patient_id,
    note_date and note_type (a ``text`` column, if any, must equal the .txt file);
    ``gold_csv`` the patient-level labels (blank rows are written without it)."""
    brat_dir = Path(brat_dir)
    try:
        with open(notes_csv, encoding="utf-8", newline="") as fh:
            listed = list(csv.DictReader(fh))
    except OSError as exc:
        raise BratImportError(f"{notes_csv}: cannot be read ({exc.strerror})") from None
    rows, documents = [], {}
    for number, row in enumerate(listed, start=1):
        note_id = row.get("note_id", "")
        missing = [k for k in ("patient_id", "note_id", "note_date") if not row.get(k)]
        if missing:
            raise BratImportError(f"{notes_csv} row {number}: {', '.join(missing)} empty")
        txt, ann = brat_dir / f"{note_id}.txt", brat_dir / f"{note_id}.ann"
        if not txt.is_file():
            raise BratImportError(f"{txt}: missing (listed in {notes_csv} row {number})")
        text = txt.read_text(encoding="utf-8")
        if row.get("text") and row["text"] != text:
            raise BratImportError(f"{txt}: text differs from {notes_csv} row {number}")
        try:
            doc = parse_ann(ann.read_text(encoding="utf-8") if ann.is_file() else "", note_id,
                            text)
        except BratFormatError as exc:
            raise BratImportError(f"{ann}: {exc}") from None
        for entity in doc.entities.values():
            entity.text = text[entity.start:entity.end]
        rows.append({"patient_id": row["patient_id"], "note_id": note_id,
                     "note_date": row["note_date"], "note_type": row.get("note_type", ""),
                     "text": text})
        documents[note_id] = doc
    unlisted = sorted(p.stem for p in brat_dir.glob("*.ann") if p.stem not in documents)
    if unlisted:
        raise BratImportError(f"{brat_dir}: {len(unlisted)} .ann file(s) not in {notes_csv}: "
                              f"{', '.join(unlisted[:5])}")
    order = list(dict.fromkeys(r["patient_id"] for r in rows))
    if gold_csv is not None:
        gold_rows = pd.read_csv(gold_csv, dtype=str, keep_default_na=False).to_dict("records")
    else:
        gold_rows = [{"patient_id": p} for p in order]
    return write_corpus(out, rows, documents, gold_rows)
