"""Label Studio round trip, in Label Studio's documented JSON formats (no SDK needed).

* :func:`labeling_config` generates the labeling configuration (XML) from the guidelines'
  labels and attributes (:mod:`pipeline.records`): span labels, per-region flags and values,
  LOCATION/TIME relations, and the patient-level fields of section 4.
* :func:`export_run` makes one task per note of a run folder with the pipeline's mentions and
  relations as ``predictions`` (pre-annotations); :func:`export_corpus` one task per note of a
  gold corpus with its annotations as ``annotations`` (to review or to share).
* :func:`import_tasks` reads a Label Studio JSON export (a list of tasks with ``annotations``)
  back into the corpus layout; ``koebner annotations check`` then validates it.

Region ids are the brat ids (T1, T2, ...) so relations and per-region results refer to them.
"""
from __future__ import annotations

import json
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pandas as pd

from ..errors import KoebnerError
from ..records import AGENTS, EVENT_LABELS, GOLD_FIELDS, LABELS, LATERALITIES, REGIONS, TRAUMA_TYPES
from .brat import BratDocument, BratEntity, BratRelation, read_corpus
from .build import FLAG_NAMES
from .standoff import write_corpus

RELATIONS = ("LOCATION", "TIME")
# per-region controls: Label Studio name -> (brat attribute, values, labels it applies to)
REGION_CHOICES = {
    "region": ("Region", REGIONS, ("SITE",)),
    "laterality": ("Laterality", LATERALITIES, ("SITE",)),
    "trauma_type": ("TraumaType", TRAUMA_TYPES, ("TRAUMA",)),
    "agent": ("Agent", AGENTS, ("TRAUMA",)),
}
# patient-level controls (guidelines section 4): fixed vocabularies as choices, others as text
PATIENT_CHOICES = {"calciphylaxis": ("yes", "possible", "no"), "koebner": ("yes", "no"),
                   "esrd": ("yes", "no"), "dialysis": ("HD", "PD", "none"),
                   "diabetes": ("yes", "no"), "insulin": ("yes", "no"),
                   "warfarin": ("yes", "no"), "obesity": ("yes", "no")}
PATIENT_TEXT = tuple(f for f in GOLD_FIELDS if f not in PATIENT_CHOICES)


class LabelStudioError(KoebnerError, ValueError):
    """A Label Studio export that cannot be read into a corpus; names the task and result."""


def _choices(name: str, values, per_region: bool, multiple: bool = False,
             when: tuple[str, ...] = ()) -> str:
    attrs = f'name="{name}" toName="text" choice="{"multiple" if multiple else "single"}"'
    if per_region:
        attrs += ' perRegion="true"'
    inner = "".join(f"<Choice value={quoteattr(v)}/>" for v in values)
    control = f"  <Choices {attrs}>{inner}</Choices>"
    if when:
        return (f'  <View visibleWhen="region-selected" whenLabelValue="{",".join(when)}">\n'
                f"  {control}\n  </View>")
    return control


def labeling_config() -> str:
    """The Label Studio labeling configuration for the guidelines' annotation scheme."""
    parts = ['<View>',
             '  <Header value="Note $note_id: patient $patient_id, $note_date ($note_type)"/>',
             '  <Labels name="label" toName="text">'
             + "".join(f"<Label value={quoteattr(label)}/>" for label in LABELS) + "</Labels>",
             '  <Text name="text" value="$text"/>',
             '  <Relations>' + "".join(f"<Relation value={quoteattr(r)}/>" for r in RELATIONS)
             + "</Relations>",
             _choices("flags", FLAG_NAMES, True, multiple=True, when=EVENT_LABELS)]
    for name, (_, values, labels) in REGION_CHOICES.items():
        parts.append(_choices(name, values, True, when=labels))
    parts.append('  <View visibleWhen="region-selected" whenLabelValue="TIMEX">\n'
                 '    <TextArea name="timex_value" toName="text" perRegion="true" '
                 'maxSubmissions="1" placeholder="YYYY, YYYY-MM or YYYY-MM-DD"/>\n  </View>')
    parts.append('  <Header value="Patient level (guidelines section 4): fill on one note of '
                 'the patient"/>')
    for name, values in PATIENT_CHOICES.items():
        parts.append(f'  <Header value="{name}" size="6"/>')
        parts.append(_choices(name, values, False))
    for name in PATIENT_TEXT:
        parts.append(f'  <Header value="{name}" size="6"/>')
        parts.append(f'  <TextArea name="{name}" toName="text" maxSubmissions="1"/>')
    parts.append("</View>")
    return "\n".join(parts) + "\n"


def _region(entity_id: str, start: int, end: int, text: str, from_name: str, kind: str,
            value: dict) -> dict:
    return {"id": entity_id, "from_name": from_name, "to_name": "text", "type": kind,
            "value": {"start": start, "end": end, "text": text, **value}}


def document_results(doc: BratDocument) -> list[dict]:
    """A brat document as Label Studio results."""
    out = []
    for e in sorted(doc.entities.values(), key=lambda x: (x.start, x.end, x.id)):
        out.append(_region(e.id, e.start, e.end, e.text, "label", "labels", {"labels": [e.label]}))
        flags = [f for f in FLAG_NAMES if e.attributes.get(f) is True]
        if flags:
            out.append(_region(e.id, e.start, e.end, e.text, "flags", "choices",
                               {"choices": flags}))
        for name, (attribute, _, _) in REGION_CHOICES.items():
            value = e.attributes.get(attribute)
            if isinstance(value, str) and value:
                out.append(_region(e.id, e.start, e.end, e.text, name, "choices",
                                   {"choices": [value]}))
        if e.note:
            out.append(_region(e.id, e.start, e.end, e.text, "timex_value", "textarea",
                               {"text": [e.note]}))
    for r in doc.relations:
        out.append({"from_id": r.arg1, "to_id": r.arg2, "type": "relation", "direction": "right",
                    "labels": [r.type]})
    return out


def patient_results(row: dict) -> list[dict]:
    """A gold.csv row as Label Studio results (choices for coded fields, else textareas); empty fields left out."""
    out = []
    for name in GOLD_FIELDS:
        value = str(row.get(name, "") or "")
        if not value:
            continue
        if name in PATIENT_CHOICES:
            out.append({"from_name": name, "to_name": "text", "type": "choices",
                        "value": {"choices": [value]}})
        else:
            out.append({"from_name": name, "to_name": "text", "type": "textarea",
                        "value": {"text": [value]}})
    return out


def _task(row: dict, results: list[dict], key: str, extra: dict | None = None) -> dict:
    data = {k: str(row[k]) for k in ("note_id", "patient_id", "note_date", "note_type", "text")}
    return {"data": data, key: [{"result": results, **(extra or {})}]}


def export_corpus(corpus_dir: str | Path) -> list[dict]:
    """One task per note of a gold corpus, its annotations as ``annotations``; the patient-level
    fields ride on the patient's first note."""
    corpus = read_corpus(corpus_dir)
    gold = {r["patient_id"]: r for r in corpus.gold.to_dict("records")}
    tasks, seen = [], set()
    for row in corpus.notes.to_dict("records"):
        doc = corpus.documents.get(row["note_id"]) or BratDocument(row["note_id"], row["text"])
        results = document_results(doc)
        if row["patient_id"] not in seen:
            results += patient_results(gold.get(row["patient_id"], {}))
            seen.add(row["patient_id"])
        tasks.append(_task(row, results, "annotations"))
    return tasks


def run_documents(run_dir: str | Path) -> tuple[pd.DataFrame, dict[str, BratDocument]]:
    """A run folder's notes and its mentions and relations as brat documents."""
    run_dir = Path(run_dir)
    notes = pd.read_parquet(run_dir / "notes.parquet")
    if notes.text.fillna("").eq("").all() and len(notes):
        raise LabelStudioError(f"{run_dir}: the run was written with --redact; it has no text "
                               f"to annotate")
    mentions = pd.read_parquet(run_dir / "mentions.parquet")
    relations = pd.read_parquet(run_dir / "relations.parquet")
    docs: dict[str, BratDocument] = {}
    ids: dict[str, str] = {}
    for row in notes.itertuples(index=False):
        docs[str(row.note_id)] = BratDocument(str(row.note_id), row.text)
    for m in mentions.sort_values(["note_id", "start", "end"]).itertuples(index=False):
        doc = docs[str(m.note_id)]
        entity_id = f"T{len(doc.entities) + 1}"
        ids[m.mention_id] = entity_id
        attributes: dict = {}
        if m.label in EVENT_LABELS:
            attributes.update({f.capitalize(): True for f in
                               ("negated", "uncertain", "historical", "hypothetical", "family")
                               if bool(getattr(m, f))})
        for attribute, column in (("Region", "region"), ("Laterality", "laterality"),
                                  ("TraumaType", "trauma_type"), ("Agent", "agent")):
            value = getattr(m, column)
            owner = "SITE" if column in ("region", "laterality") else "TRAUMA"
            if isinstance(value, str) and value and m.label == owner:
                attributes[attribute] = value
        note = m.timex_value if m.label == "TIMEX" and isinstance(m.timex_value, str) else None
        doc.entities[entity_id] = BratEntity(entity_id, m.label, int(m.start), int(m.end),
                                             doc.text[int(m.start):int(m.end)], attributes, note)
    for r in relations.itertuples(index=False):
        if r.arg1 in ids and r.arg2 in ids:
            doc = docs[str(r.note_id)]
            doc.relations.append(BratRelation(f"R{len(doc.relations) + 1}", r.type,
                                              ids[r.arg1], ids[r.arg2]))
    return notes, docs


def _note_row(row) -> dict:
    note_date = pd.Timestamp(row["note_date"]).date().isoformat()
    return {"patient_id": str(row["patient_id"]), "note_id": str(row["note_id"]),
            "note_date": note_date, "note_type": str(row.get("note_type") or ""),
            "text": row["text"]}


def export_run(run_dir: str | Path, model_version: str = "koebner") -> list[dict]:
    """One task per note of a run, its mentions, flags, values and relations as predictions;
    patients.csv pre-fills the patient-level fields on each patient's first note."""
    run_dir = Path(run_dir)
    notes, docs = run_documents(run_dir)
    patients_path = run_dir / "patients.csv"
    patients = {}
    if patients_path.is_file():
        table = pd.read_csv(patients_path, dtype=str, keep_default_na=False)
        patients = {r["patient_id"]: r for r in table.to_dict("records")}
    tasks, seen = [], set()
    for raw in notes.to_dict("records"):
        row = _note_row(raw)
        results = document_results(docs[row["note_id"]])
        if row["patient_id"] not in seen:
            results += patient_results(patients.get(row["patient_id"], {}))
            seen.add(row["patient_id"])
        tasks.append(_task(row, results, "predictions", {"model_version": model_version}))
    return tasks


def _fail(task_index: int, note_id: str, message: str) -> LabelStudioError:
    return LabelStudioError(f"task {task_index} (note {note_id or '?'}): {message}")


def _read_task(index: int, task: dict) -> tuple[dict, BratDocument, dict[str, str]]:
    data = task.get("data") or {}
    missing = [k for k in ("note_id", "patient_id", "note_date", "text") if not data.get(k)]
    if missing:
        raise _fail(index, data.get("note_id", ""), f"data lacks {', '.join(missing)}")
    row = {"patient_id": str(data["patient_id"]), "note_id": str(data["note_id"]),
           "note_date": str(data["note_date"]), "note_type": str(data.get("note_type", "")),
           "text": data["text"]}
    completed = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    if len(completed) > 1:
        raise _fail(index, row["note_id"], f"{len(completed)} annotations; keep one per note "
                                           f"(use `koebner agreement` to compare annotators)")
    results = completed[0].get("result", []) if completed else []
    doc = BratDocument(row["note_id"], row["text"])
    patient: dict[str, str] = {}
    per_region = []
    for number, result in enumerate(results, start=1):
        where = f"result {number}"
        kind, name, value = result.get("type"), result.get("from_name"), result.get("value", {})
        if kind == "relation":
            label = (result.get("labels") or [""])[0]
            if label not in RELATIONS:
                raise _fail(index, row["note_id"], f"{where}: relation label {label!r} is not "
                                                   f"one of {', '.join(RELATIONS)}")
            doc.relations.append(BratRelation(f"R{len(doc.relations) + 1}", label,
                                              result["from_id"], result["to_id"]))
        elif name == "label":
            label = (value.get("labels") or [""])[0]
            if label not in LABELS:
                raise _fail(index, row["note_id"], f"{where}: label {label!r} is not one of "
                                                   f"{', '.join(LABELS)}")
            start, end = int(value["start"]), int(value["end"])
            if row["text"][start:end] != value.get("text", row["text"][start:end]):
                raise _fail(index, row["note_id"], f"{where}: span {start}:{end} does not hold "
                                                   f"the text Label Studio gives for it")
            entity_id = str(result.get("id") or f"T{len(doc.entities) + 1}")
            doc.entities[entity_id] = BratEntity(entity_id, label, start, end,
                                                 row["text"][start:end])
        elif name in PATIENT_CHOICES or name in PATIENT_TEXT:
            values = value.get("choices") or value.get("text") or [""]
            patient[name] = str(values[0]).strip()
        else:
            per_region.append((where, result))
    for where, result in per_region:
        name, value = result.get("from_name"), result.get("value", {})
        entity = doc.entities.get(str(result.get("id")))
        if entity is None:
            raise _fail(index, row["note_id"], f"{where}: {name} on region {result.get('id')!r}, "
                                               f"which has no label")
        if name == "flags":
            for flag in value.get("choices", []):
                if flag not in FLAG_NAMES:
                    raise _fail(index, row["note_id"], f"{where}: flag {flag!r} is not one of "
                                                       f"{', '.join(FLAG_NAMES)}")
                entity.attributes[flag] = True
        elif name in REGION_CHOICES:
            attribute, allowed, _ = REGION_CHOICES[name]
            chosen = (value.get("choices") or [""])[0]
            if chosen not in allowed:
                raise _fail(index, row["note_id"], f"{where}: {name} {chosen!r} is not one of "
                                                   f"{', '.join(allowed)}")
            entity.attributes[attribute] = chosen
        elif name == "timex_value":
            entity.note = str((value.get("text") or [""])[0]).strip()
        else:
            raise _fail(index, row["note_id"], f"{where}: unknown control {name!r} (not in the "
                                               f"generated labeling configuration)")
    return row, doc, patient


def import_tasks(export: str | Path | list, out: str | Path) -> Path:
    """A Label Studio JSON export (path or parsed list) written as a corpus folder ``out``."""
    if isinstance(export, (str, Path)):
        try:
            tasks = json.loads(Path(export).read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise LabelStudioError(f"{export}: not valid JSON ({exc.msg} at line "
                                   f"{exc.lineno})") from None
    else:
        tasks = export
    if not isinstance(tasks, list):
        raise LabelStudioError("a Label Studio JSON export is a list of tasks")
    notes, documents, patients = [], {}, {}
    order: list[str] = []
    for index, task in enumerate(tasks, start=1):
        row, doc, patient = _read_task(index, task)
        if row["note_id"] in documents:
            raise _fail(index, row["note_id"], "note_id repeats an earlier task")
        notes.append(row)
        documents[row["note_id"]] = doc
        fields = patients.setdefault(row["patient_id"], {})
        if row["patient_id"] not in order:
            order.append(row["patient_id"])
        for name, value in patient.items():
            if fields.get(name, value) != value:
                raise _fail(index, row["note_id"], f"patient {row['patient_id']} {name} is "
                                                   f"{value!r} here, {fields[name]!r} on "
                                                   f"another note")
            fields[name] = value
    gold = [{"patient_id": p, **{f: patients[p].get(f, "") for f in GOLD_FIELDS}} for p in order]
    return write_corpus(out, notes, documents, gold)
