"""Validate a gold corpus folder against the annotation guidelines (sections 1-5, v1.1).

``check_corpus`` never stops at the first problem: it returns every one it finds, each naming
the file, the line or entity, and what is wrong, so an annotator can fix a corpus in one pass.
Problems never quote note text beyond the annotated span itself.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..records import AGENTS, EVENT_LABELS, GOLD_FIELDS, LABELS, LATERALITIES, REGIONS, TRAUMA_TYPES
from .brat import BratDocument, BratFormatError, parse_ann

FLAG_NAMES = ("Negated", "Uncertain", "Historical", "Hypothetical", "Family")
RELATION_TARGET = {"LOCATION": "SITE", "TIME": "TIMEX"}
NOTE_COLUMNS = ["patient_id", "note_id", "note_date", "note_type", "text"]
GOLD_COLUMNS = ["patient_id", *GOLD_FIELDS]
YES_NO = ("yes", "no")
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_INTEGER = re.compile(r"^-?\d+$")


@dataclass(frozen=True)
class Problem:
    """One guideline violation, located by file and by line, annotation id or patient."""
    file: str  # relative to the corpus folder, e.g. "brat/K01-02.ann"
    where: str  # "line 4", "T7", "R3", "patient K01"
    message: str

    def __str__(self) -> str:
        return f"{self.file} {self.where}: {self.message}"


@dataclass(frozen=True)
class CorpusCounts:
    """Size of a gold corpus: patients, notes, mentions per label and relations."""
    patients: int
    notes: int
    mentions_per_label: dict[str, int]
    relations: int


def parse_partial_date(value: str) -> tuple[date, str] | None:
    """A YYYY, YYYY-MM or YYYY-MM-DD string as (date, precision), or None if not a real date.

    Month precision is placed on the 15th, as guidelines section 4 asks for interval_days.
    """
    if not _PARTIAL_DATE.match(value):
        return None
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 1:
            return date(parts[0], 7, 1), "year"
        if len(parts) == 2:
            return date(parts[0], parts[1], 15), "month"
        return date(parts[0], parts[1], parts[2]), "day"
    except ValueError:
        return None


def _read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = [dict(r) for r in reader]
        return list(reader.fieldnames or []), rows


def _line_numbers(ann: str) -> dict[str, int]:
    """First line number of each T/R id in a .ann file, for pointing at it in problems."""
    found: dict[str, int] = {}
    for lineno, line in enumerate(ann.splitlines(), start=1):
        ident = line.split("\t", 1)[0]
        if ident[:1] in ("T", "R"):
            found.setdefault(ident, lineno)
    return found


def _check_attributes(doc: BratDocument, rel: str, lines: dict[str, int]) -> list[Problem]:
    problems: list[Problem] = []
    for ent in doc.entities.values():
        where = f"{ent.id} (line {lines.get(ent.id, '?')})"

        def bad(msg: str) -> None:
            problems.append(Problem(rel, where, msg))

        for name, value in ent.attributes.items():
            if name in FLAG_NAMES:
                if value is not True:
                    bad(f"flag {name} takes no value, got {value!r}")
                if ent.label not in EVENT_LABELS:
                    bad(f"flag {name} on a {ent.label}; flags belong on {'/'.join(EVENT_LABELS)}")
            elif name == "Region":
                if ent.label != "SITE":
                    bad(f"Region on a {ent.label}; only SITE has a Region")
                elif value not in REGIONS:
                    bad(f"Region {value!r} is not one of the guideline regions")
            elif name == "Laterality":
                if ent.label != "SITE":
                    bad(f"Laterality on a {ent.label}; only SITE has a Laterality")
                elif value not in LATERALITIES:
                    bad(f"Laterality {value!r} is not one of {list(LATERALITIES)}")
            elif name == "TraumaType":
                if ent.label != "TRAUMA":
                    bad(f"TraumaType on a {ent.label}; only TRAUMA has a TraumaType")
                elif value not in TRAUMA_TYPES:
                    bad(f"TraumaType {value!r} is not one of {list(TRAUMA_TYPES)}")
            elif name == "Agent":
                if ent.label != "TRAUMA":
                    bad(f"Agent on a {ent.label}; only TRAUMA has an Agent")
                elif value not in AGENTS:
                    bad(f"Agent {value!r} is not one of {list(AGENTS)}")
                elif ent.attributes.get("TraumaType") not in (None, "injection"):
                    bad("Agent is for injections only")
            else:
                bad(f"unknown attribute {name!r}")
        if ent.label == "SITE" and "Region" not in ent.attributes:
            bad("SITE without a Region")
        if ent.label == "TRAUMA" and "TraumaType" not in ent.attributes:
            bad("TRAUMA without a TraumaType")
        if ent.label == "TIMEX":
            if not ent.note:
                bad("TIMEX without a normalized value (AnnotatorNotes)")
            elif parse_partial_date(ent.note) is None:
                bad(f"TIMEX value {ent.note!r} is not a valid YYYY, YYYY-MM or YYYY-MM-DD")
    return problems


def check_document(doc: BratDocument, rel: str, ann: str) -> list[Problem]:
    """Entities, attributes and relations of one parsed brat document."""
    problems: list[Problem] = []
    lines = _line_numbers(ann)
    text = doc.text
    for ent in doc.entities.values():
        where = f"{ent.id} (line {lines.get(ent.id, '?')})"
        if ent.label not in LABELS:
            problems.append(Problem(rel, where, f"label {ent.label!r} is not one of {list(LABELS)}"))
        if not (0 <= ent.start < ent.end <= len(text)):
            problems.append(Problem(rel, where, f"offsets {ent.start}-{ent.end} outside the text "
                                                f"(length {len(text)})"))
        elif text[ent.start:ent.end] != ent.text:
            problems.append(Problem(
                rel, where, f"offsets {ent.start}-{ent.end} give {text[ent.start:ent.end]!r}, "
                            f"not the quoted {ent.text!r}"))
    problems += _check_attributes(doc, rel, lines)
    seen: set[tuple[str, str, str]] = set()
    for r in doc.relations:
        where = f"{r.id} (line {lines.get(r.id, '?')})"
        target = RELATION_TARGET.get(r.type)
        if target is None:
            problems.append(Problem(rel, where, f"relation type {r.type!r} is not LOCATION or TIME"))
            continue
        key = (r.type, r.arg1, r.arg2)
        if key in seen:
            problems.append(Problem(rel, where, f"duplicate {r.type} {r.arg1}->{r.arg2}"))
        seen.add(key)
        a1, a2 = doc.entities.get(r.arg1), doc.entities.get(r.arg2)
        if a1 is None:
            problems.append(Problem(rel, where, f"Arg1 {r.arg1} is not an entity of this note"))
        elif a1.label not in EVENT_LABELS:
            problems.append(Problem(rel, where, f"{r.type} Arg1 {r.arg1} is a {a1.label}; "
                                                f"it must be {'/'.join(EVENT_LABELS)}"))
        if a2 is None:
            problems.append(Problem(rel, where, f"Arg2 {r.arg2} is not an entity of this note"))
        elif a2.label != target:
            problems.append(Problem(rel, where, f"{r.type} Arg2 {r.arg2} is a {a2.label}; "
                                                f"it must be a {target}"))
    return problems


def _check_sites(value: str) -> str | None:
    items = value.split(";")
    for item in items:
        region, _, side = item.partition(":")
        if region not in REGIONS:
            return f"site {item!r}: region {region!r} is not a guideline region"
        if side not in (*LATERALITIES, "unspecified"):
            return f"site {item!r}: laterality must be left/right/bilateral/unspecified"
    if items != sorted(set(items)):
        return "sites must be sorted and unique"
    return None


def check_gold_row(row: dict[str, str], rel: str, lineno: int) -> list[Problem]:
    """Value sets and internal consistency of one gold.csv row (guidelines section 4)."""
    problems: list[Problem] = []
    where = f"line {lineno} ({row.get('patient_id', '')})"

    def bad(msg: str) -> None:
        problems.append(Problem(rel, where, msg))

    v = {k: (row.get(k) or "").strip() for k in GOLD_FIELDS}
    if v["calciphylaxis"] not in ("yes", "possible", "no"):
        bad(f"calciphylaxis {v['calciphylaxis']!r} is not yes/possible/no")
    if v["koebner"] not in YES_NO:
        bad(f"koebner {v['koebner']!r} is not yes/no")
    if v["koebner"] == "yes" and v["calciphylaxis"] != "yes":
        bad(f"koebner=yes needs calciphylaxis=yes, got {v['calciphylaxis']!r}")
    for name in ("esrd", "diabetes", "insulin", "warfarin", "obesity"):
        if v[name] not in YES_NO:
            bad(f"{name} {v[name]!r} is not yes/no")
    if v["dialysis"] not in ("HD", "PD", "none"):
        bad(f"dialysis {v['dialysis']!r} is not HD/PD/none")
    elif v["dialysis"] != "none" and v["esrd"] == "no":
        bad(f"dialysis={v['dialysis']} but esrd=no (dialysis counts as ESRD)")
    bmi = None
    if v["bmi"]:
        try:
            bmi = float(v["bmi"])
        except ValueError:
            bad(f"bmi {v['bmi']!r} is not a number")
    if bmi is not None and bmi >= 30 and v["obesity"] == "no":
        bad(f"bmi {bmi:g} >= 30 but obesity=no")

    matched = ("trauma_types", "sites", "lesion_onset", "trauma_date", "interval_days")
    if v["koebner"] == "no":
        for name in matched:
            if v[name]:
                bad(f"{name} must be empty when koebner=no")
        return problems
    if v["koebner"] != "yes":
        return problems
    if not v["trauma_types"]:
        bad("trauma_types empty although koebner=yes")
    else:
        types = v["trauma_types"].split(";")
        wrong = [t for t in types if t not in TRAUMA_TYPES]
        if wrong:
            bad(f"trauma_types {wrong} not in {list(TRAUMA_TYPES)}")
        elif types != sorted(set(types)):
            bad("trauma_types must be sorted and unique")
    if not v["sites"]:
        bad("sites empty although koebner=yes")
    else:
        msg = _check_sites(v["sites"])
        if msg:
            bad(msg)
    dates = {}
    for name in ("lesion_onset", "trauma_date"):
        if v[name]:
            parsed = parse_partial_date(v[name])
            if parsed is None:
                bad(f"{name} {v[name]!r} is not a valid YYYY, YYYY-MM or YYYY-MM-DD")
            else:
                dates[name] = parsed
    if v["interval_days"] and not _INTEGER.match(v["interval_days"]):
        bad(f"interval_days {v['interval_days']!r} is not an integer")
        return problems
    both_precise = len(dates) == 2 and all(p != "year" for _, p in dates.values())
    if both_precise:
        expected = (dates["lesion_onset"][0] - dates["trauma_date"][0]).days
        if v["interval_days"] != str(expected):
            bad(f"interval_days {v['interval_days'] or 'empty'} but the dates give {expected}")
    elif v["interval_days"] and len(dates) == 2:
        bad("interval_days must be empty when a date is known only to the year")
    elif v["interval_days"] and len(dates) < 2:
        bad("interval_days given without both lesion_onset and trauma_date")
    return problems


def check_corpus(root: str | Path) -> list[Problem]:
    """Every problem found in the corpus folder ``root`` (empty when it is valid)."""
    root = Path(root)
    problems: list[Problem] = []
    notes_path = root / "notes.csv"
    if not notes_path.exists():
        return [Problem("notes.csv", "file", "missing")]
    columns, notes = _read_rows(notes_path)
    if columns != NOTE_COLUMNS:
        problems.append(Problem("notes.csv", "line 1", f"columns {columns}, expected {NOTE_COLUMNS}"))
        if "note_id" not in columns or "patient_id" not in columns:
            return problems
    note_ids: dict[str, int] = {}
    patients: list[str] = []
    for lineno, row in enumerate(notes, start=2):  # physical lines differ; this is the row number
        where = f"row {lineno - 1} ({row.get('note_id', '')})"
        nid = row.get("note_id", "")
        if not nid:
            problems.append(Problem("notes.csv", where, "empty note_id"))
            continue
        if nid in note_ids:
            problems.append(Problem("notes.csv", where, f"note_id repeats row {note_ids[nid]}"))
        note_ids[nid] = lineno - 1
        if not row.get("patient_id"):
            problems.append(Problem("notes.csv", where, "empty patient_id"))
        elif row["patient_id"] not in patients:
            patients.append(row["patient_id"])
        parsed = parse_partial_date(row.get("note_date", ""))
        if parsed is None or parsed[1] != "day":
            problems.append(Problem("notes.csv", where,
                                    f"note_date {row.get('note_date')!r} is not an ISO date"))
        problems += _check_brat_note(root, row)
    brat = root / "brat"
    if brat.is_dir():
        for path in sorted(brat.glob("*.ann")):
            if path.stem not in note_ids:
                problems.append(Problem(f"brat/{path.name}", "file", "no row in notes.csv"))

    problems += _check_gold(root, patients)
    problems += _check_demographics(root, patients)
    return problems


def _check_brat_note(root: Path, row: dict[str, str]) -> list[Problem]:
    nid = row["note_id"]
    txt_path, ann_path = root / "brat" / f"{nid}.txt", root / "brat" / f"{nid}.ann"
    rel_txt, rel_ann = f"brat/{nid}.txt", f"brat/{nid}.ann"
    problems: list[Problem] = []
    if not txt_path.exists():
        problems.append(Problem(rel_txt, "file", "missing"))
        return problems
    text = txt_path.read_text(encoding="utf-8")
    if text != row.get("text", ""):
        first = next((i for i, (a, b) in enumerate(zip(text, row.get("text", ""))) if a != b),
                     min(len(text), len(row.get("text", ""))))
        problems.append(Problem(rel_txt, "file", f"text differs from notes.csv from offset {first}"))
    if not ann_path.exists():
        problems.append(Problem(rel_ann, "file", "missing"))
        return problems
    ann = ann_path.read_text(encoding="utf-8")
    try:
        doc = parse_ann(ann, nid, text)
    except BratFormatError as exc:
        problems.append(Problem(rel_ann, "parse", str(exc)))
        return problems
    return problems + check_document(doc, rel_ann, ann)


def _check_gold(root: Path, patients: list[str]) -> list[Problem]:
    path = root / "gold.csv"
    if not path.exists():
        return [Problem("gold.csv", "file", "missing")]
    columns, rows = _read_rows(path)
    problems: list[Problem] = []
    if columns != GOLD_COLUMNS:
        problems.append(Problem("gold.csv", "line 1", f"columns {columns}, expected {GOLD_COLUMNS}"))
    seen: dict[str, int] = {}
    for lineno, row in enumerate(rows, start=2):
        pid = row.get("patient_id", "")
        if pid in seen:
            problems.append(Problem("gold.csv", f"line {lineno}", f"patient {pid} repeats line {seen[pid]}"))
        seen[pid] = lineno
        if pid not in patients:
            problems.append(Problem("gold.csv", f"line {lineno}", f"patient {pid!r} has no notes"))
        problems += check_gold_row(row, "gold.csv", lineno)
    for pid in patients:
        if pid not in seen:
            problems.append(Problem("gold.csv", f"patient {pid}", "no gold row for a patient in notes.csv"))
    return problems


def _check_demographics(root: Path, patients: list[str]) -> list[Problem]:
    path = root / "demographics.csv"
    if not path.exists():
        return []  # optional structured data (contract: "Optional structured data")
    columns, rows = _read_rows(path)
    problems: list[Problem] = []
    if columns[:3] != ["patient_id", "age", "sex"]:
        problems.append(Problem("demographics.csv", "line 1",
                                f"columns {columns}, expected patient_id,age,sex first"))
        return problems
    seen = set()
    for lineno, row in enumerate(rows, start=2):
        seen.add(row["patient_id"])
        if row["age"] and not _INTEGER.match(row["age"]):
            problems.append(Problem("demographics.csv", f"line {lineno}", f"age {row['age']!r} is not an integer"))
    for pid in patients:
        if pid not in seen:
            problems.append(Problem("demographics.csv", f"patient {pid}", "no row for a patient in notes.csv"))
    return problems


def count_corpus(root: str | Path) -> CorpusCounts:
    """Patients, notes, mentions per label and relations, for a one-line summary."""
    root = Path(root)
    _, notes = _read_rows(root / "notes.csv")
    labels: Counter[str] = Counter()
    relations = 0
    for row in notes:
        ann_path = root / "brat" / f"{row['note_id']}.ann"
        if not ann_path.exists():
            continue
        doc = parse_ann(ann_path.read_text(encoding="utf-8"), row["note_id"])
        labels.update(e.label for e in doc.entities.values())
        relations += len(doc.relations)
    return CorpusCounts(
        patients=len({r["patient_id"] for r in notes}),
        notes=len(notes),
        mentions_per_label={label: labels.get(label, 0) for label in LABELS},
        relations=relations,
    )
