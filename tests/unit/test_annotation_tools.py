"""Annotation tool round trips (Label Studio JSON, brat standoff) and inter-annotator agreement."""
from __future__ import annotations

import copy
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.corpus.agreement import agreement
from pipeline.corpus.brat import read_corpus
from pipeline.corpus.brat_io import BratImportError, export_run_brat, import_brat
from pipeline.corpus.check import check_corpus
from pipeline.corpus.labelstudio import (
    LabelStudioError,
    export_corpus,
    export_run,
    import_tasks,
    labeling_config,
)
from pipeline.records import AGENTS, REGIONS, TRAUMA_TYPES
from pipeline.resources import RULES_ENV

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "annotations"
NOTE = ("Derm consult. ESRD on PD, insulin dependent. She injects insulin into her abdomen "
        "since 2015. Now a painful eschar on the left lower abdomen since 5/2. No ulcers on "
        "the legs. Biopsy confirmed calciphylaxis.")


def _semantic(corpus_dir: Path) -> dict:
    corpus = read_corpus(corpus_dir)
    out = {}
    for note_id, doc in corpus.documents.items():
        spans = {e.id: (e.label, e.start, e.end) for e in doc.entities.values()}
        entities = sorted((e.label, e.start, e.end, e.text, tuple(sorted(
            (k, str(v)) for k, v in e.attributes.items())), e.note or "")
            for e in doc.entities.values())
        relations = sorted((r.type, spans[r.arg1], spans[r.arg2]) for r in doc.relations)
        out[note_id] = (doc.text, entities, relations)
    return out


def _as_label_studio_export(tasks: list[dict]) -> list[dict]:
    """What Label Studio's JSON export adds around the imported tasks (ids, annotators)."""
    exported = []
    for i, task in enumerate(copy.deepcopy(tasks), start=1):
        annotations = task.pop("annotations", None) or [
            {"result": task["predictions"][0]["result"]}]
        exported.append({"id": i, "data": task["data"], "predictions": task.get("predictions", []),
                         "annotations": [{"id": 100 + i, "completed_by": 1, "was_cancelled": False,
                                          "result": a["result"]} for a in annotations]})
    return exported


def test_label_studio_round_trip_reproduces_the_gold_corpus(tmp_path):
    tasks = export_corpus(CORPUS)
    export = tmp_path / "project-1-export.json"
    export.write_text(json.dumps(_as_label_studio_export(tasks)))
    result = CliRunner().invoke(app, ["annotations", "import-labelstudio", str(export), "--out",
                                      str(tmp_path / "corpus")])
    assert result.exit_code == 0, result.output
    assert "OK - 44 patients, 157 notes" in result.output
    for name in ("notes.csv", "gold.csv"):
        assert (tmp_path / "corpus" / name).read_bytes() == (CORPUS / name).read_bytes()
    assert _semantic(tmp_path / "corpus") == _semantic(CORPUS)


def test_labeling_config_is_generated_from_the_guideline_vocabularies():
    root = ET.fromstring(labeling_config())
    choices = {c.get("name"): [x.get("value") for x in c] for c in root.iter("Choices")}
    assert choices["region"] == list(REGIONS)
    assert choices["trauma_type"] == list(TRAUMA_TYPES)
    assert choices["agent"] == list(AGENTS)
    assert choices["flags"] == ["Negated", "Uncertain", "Historical", "Hypothetical", "Family"]
    assert choices["calciphylaxis"] == ["yes", "possible", "no"]
    labels = [x.get("value") for x in root.find("Labels")]
    assert labels == ["CALCIPHYLAXIS", "LESION", "SITE", "TRAUMA", "TIMEX"]
    assert {c.get("name") for c in root.iter("TextArea")} >= {"timex_value", "sites", "bmi"}


def test_an_invalid_label_studio_value_names_task_and_result(tmp_path):
    tasks = _as_label_studio_export(export_corpus(CORPUS))[:3]
    result = tasks[1]["annotations"][0]["result"]
    index = next(i for i, r in enumerate(result) if r.get("from_name") == "region")
    result[index]["value"]["choices"] = ["thighs"]
    note_id = tasks[1]["data"]["note_id"]
    with pytest.raises(LabelStudioError, match=rf"task 2 \(note {note_id}\): result {index + 1}: "
                                               r"region 'thighs' is not one of head, neck"):
        import_tasks(tasks, tmp_path / "bad")


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("tools")
    notes = root / "notes.csv"
    pd.DataFrame([{"patient_id": "Q1", "note_id": "Q1-1", "note_date": "2023-05-20",
                   "note_type": "derm", "text": NOTE}]).to_csv(notes, index=False)
    mp = pytest.MonkeyPatch()
    mp.setenv(RULES_ENV, "")
    result = CliRunner().invoke(app, ["run", str(notes), "--out", str(root / "run"),
                                      "--no-progress"])
    mp.undo()
    assert result.exit_code == 0, result.output
    return root / "run"


def test_run_pre_annotations_corrected_in_label_studio_become_a_checked_corpus(run_dir, tmp_path):
    tasks = export_run(run_dir)
    assert len(tasks) == 1 and tasks[0]["predictions"][0]["model_version"] == "koebner"
    results = tasks[0]["predictions"][0]["result"]
    labelled = {(r["value"]["text"], r["value"]["labels"][0]) for r in results
                if r.get("from_name") == "label"}
    assert {("injects insulin", "TRAUMA"), ("painful eschar", "LESION"),
            ("left lower abdomen", "SITE"), ("calciphylaxis", "CALCIPHYLAXIS")} <= labelled
    ulcers = next(r for r in results if r.get("from_name") == "label"
                  and r["value"]["text"] == "ulcers")
    assert {"from_name": "flags", "id": ulcers["id"]}.items() <= next(
        r for r in results if r.get("from_name") == "flags" and r["id"] == ulcers["id"]).items()
    # the annotator accepts the predictions and fills the patient's Koebner decision
    exported = _as_label_studio_export(tasks)
    answer = exported[0]["annotations"][0]["result"]
    answer[:] = [r for r in answer if r.get("from_name") != "koebner"]
    answer.append({"from_name": "koebner", "to_name": "text", "type": "choices",
                   "value": {"choices": ["yes"]}})
    import_tasks(exported, tmp_path / "corpus")
    assert check_corpus(tmp_path / "corpus") == []
    gold = pd.read_csv(tmp_path / "corpus" / "gold.csv", dtype=str, keep_default_na=False)
    assert gold.loc[0, "koebner"] == "yes" and gold.loc[0, "calciphylaxis"] == "yes"
    doc = read_corpus(tmp_path / "corpus").documents["Q1-1"]
    ulcer = next(e for e in doc.entities.values() if e.text == "ulcers")
    assert ulcer.attributes == {"Negated": True}
    site = next(e for e in doc.entities.values() if e.text == "left lower abdomen")
    assert site.attributes == {"Region": "abdomen", "Laterality": "left"}


def test_brat_export_of_a_run_and_import_back(run_dir, tmp_path):
    draft = export_run_brat(run_dir, tmp_path / "draft")
    conf = (draft / "brat" / "annotation.conf").read_text()
    assert "TraumaType\tArg:TRAUMA, Value:injection|thermal|pressure|procedure|accidental" in conf
    assert check_corpus(draft) == []
    back = import_brat(draft / "brat", draft / "notes.csv", tmp_path / "back", draft / "gold.csv")
    assert _semantic(back) == _semantic(draft)
    assert (back / "gold.csv").read_bytes() == (draft / "gold.csv").read_bytes()
    (draft / "brat" / "Q9-9.ann").write_text("")
    with pytest.raises(BratImportError, match=r"1 \.ann file\(s\) not in .*notes.csv: Q9-9"):
        import_brat(draft / "brat", draft / "notes.csv", tmp_path / "again")


def _annotator_b(tmp_path: Path) -> Path:
    """A second annotator's copy of two notes: one LESION span shorter, one flag differs, one
    patient's koebner differs."""
    b = tmp_path / "b"
    a = tmp_path / "a"
    for folder in (a, b):
        (folder / "brat").mkdir(parents=True)
    notes = pd.read_csv(CORPUS / "notes.csv", dtype=str, keep_default_na=False)
    picked = notes[notes.note_id.isin(["K01-01", "K02-01"])]
    gold = pd.read_csv(CORPUS / "gold.csv", dtype=str, keep_default_na=False)
    gold = gold[gold.patient_id.isin(["K01", "K02"])]
    for folder in (a, b):
        picked.to_csv(folder / "notes.csv", index=False)
        gold.to_csv(folder / "gold.csv", index=False)
        for note_id in picked.note_id:
            for ext in (".txt", ".ann"):
                shutil.copy(CORPUS / "brat" / f"{note_id}{ext}", folder / "brat" / f"{note_id}{ext}")
    ann = (b / "brat" / "K01-01.ann").read_text()
    # "purple patch" (169-181) marked as "patch" (176-181) by B
    ann = ann.replace("T1\tLESION 169 181\tpurple patch", "T1\tLESION 176 181\tpatch")
    (b / "brat" / "K01-01.ann").write_text(ann)
    gold_b = gold.copy()
    gold_b.loc[gold_b.patient_id == "K02", "koebner"] = "no"
    gold_b.to_csv(b / "gold.csv", index=False)
    return a


def test_agreement_counts_spans_and_kappas(tmp_path):
    a = _annotator_b(tmp_path)
    b = tmp_path / "b"
    first = read_corpus(a).documents
    lesions = sum(e.label == "LESION" for d in first.values() for e in d.entities.values())
    result = agreement(a, b)
    lesion = next(s for s in result.spans if s.label == "LESION")
    assert (lesion.a, lesion.b, lesion.exact, lesion.overlapping) == (lesions, lesions,
                                                                      lesions - 1, lesions)
    assert lesion.f1 == pytest.approx((lesions - 1) / lesions)
    assert lesion.lenient_f1 == 1.0
    site = next(s for s in result.spans if s.label == "SITE")
    assert site.f1 == 1.0
    koebner = next(k for k in result.patients if k.name == "koebner")
    # K01 yes/yes, K02 yes/no: 1 of 2 agree; kappa = (0.5 - 0.5) / (1 - 0.5) = 0
    assert (koebner.n, koebner.observed, koebner.kappa) == (2, 0.5, 0.0)
    region = next(k for k in result.attributes if k.name == "Region")
    assert region.observed == 1.0 and region.kappa == 1.0
    out = CliRunner().invoke(app, ["agreement", str(a), str(b)])
    assert out.exit_code == 0
    assert "koebner                          2  0.500  0.000" in out.output
