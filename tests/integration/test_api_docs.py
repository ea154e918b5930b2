"""docs/api.md runs as written: every ```python block, in order, in one namespace, from a folder
laid out like the repository root; then what the page says about the results holds (issue 16)."""
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

import pipeline
from pipeline import logs

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "api.md"


def _blocks(text: str) -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", text, flags=re.S | re.M)


@pytest.fixture
def page_namespace(tmp_path, monkeypatch, nlp, capsys):
    import pipeline.nlp.build as build

    monkeypatch.setattr(build, "load", lambda *a, **k: nlp)  # the session's pipeline, built once
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    namespace = {"__name__": "api_docs"}
    try:
        for block in _blocks(PAGE.read_text(encoding="utf-8")):
            exec(compile(block, str(PAGE), "exec"), namespace)
    finally:
        logs.reset()
    namespace["printed"] = capsys.readouterr().out
    return namespace


def test_the_page_has_its_examples():
    assert len(_blocks(PAGE.read_text(encoding="utf-8"))) == 4


def test_every_example_of_the_api_page_runs_and_says_what_the_page_says(page_namespace, tmp_path):
    ns = page_namespace
    printed = ns["printed"]
    mentions = {(m.label, m.text): m for m in ns["result"].mentions}
    eschar, thigh = mentions[("LESION", "necrotic eschar")], mentions[("SITE", "L thigh")]
    assert eschar.event_date == "2021-05-11"  # 3 weeks before 2021-06-01
    assert (thigh.region, thigh.laterality) == ("thigh", "left")
    assert ("LOCATION", eschar.mention_id, thigh.mention_id) in {
        (r.type, r.arg1, r.arg2) for r in ns["result"].relations}
    assert mentions[("LESION", "lesions")].negated
    assert mentions[("TRAUMA", "injects her insulin")].trauma_type == "injection"

    patients = {p.patient_id: p for p in ns["patients"]}
    assert (patients["P1"].calciphylaxis, patients["P1"].koebner) == ("yes", "yes")
    assert (patients["P1"].trauma_types, patients["P1"].sites) == ("injection", "thigh:left")
    assert (patients["P2"].calciphylaxis, patients["P2"].koebner) == ("no", "no")
    assert any(link.linked and link.trauma_id.startswith("P1-1:") for link in ns["links"])

    expected_patients = pd.read_csv(tmp_path / "examples" / "notes.csv", dtype=str)["patient_id"]
    assert ns["run"].patients == expected_patients.nunique()
    assert (tmp_path / "runs" / "api-demo" / "patients.csv").is_file()

    # the missing input is a KoebnerError with the CLI's exit code 2
    assert "exit code 2 - input not found: examples/no-such-notes.csv" in printed.splitlines()


def test_the_public_names_are_exported_and_documented():
    page = PAGE.read_text(encoding="utf-8")
    for name in pipeline.__all__:
        value = getattr(pipeline, name)
        assert f"`pipeline.{name}" in page or f"`{name}`" in page or name == "__version__" \
            and "pipeline.__version__" in page, name
        if callable(value):
            assert value.__doc__, name
