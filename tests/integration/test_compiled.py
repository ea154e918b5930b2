"""The optional compiled modules (pipeline.nlp.compiled): used only while they match their source,
and giving the same outputs as the Python modules."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.nlp import compiled

ROOT = Path(__file__).resolve().parents[2]
MODULE = "pipeline.nlp.relations"


def _build_dir(tmp_path: Path, sha256: str, with_file: bool = True) -> Path:
    name = MODULE + compiled._ext_suffix()
    if with_file:
        (tmp_path / name).write_bytes(b"not really a shared library")
    (tmp_path / compiled.MANIFEST).write_text(json.dumps({
        "ext_suffix": compiled._ext_suffix(),
        "modules": {MODULE: {"file": name, "sha256": sha256}}}), encoding="utf-8")
    return tmp_path


def _source_digest() -> str:
    return compiled._digest(compiled.source_of(MODULE))


def test_every_listed_module_has_its_source():
    assert all(compiled.source_of(module).is_file() for module in compiled.MODULES)
    assert compiled.source_of("pipeline.nlp.timex.find") == ROOT / "pipeline" / "nlp" / "timex" / "find.py"


def test_a_build_of_the_current_source_is_used(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_PYTHON_ENV, raising=False)
    build = _build_dir(tmp_path, _source_digest())
    assert compiled.why_not_compiled(MODULE, compiled.read_manifest(build), build) is None


def test_an_edited_source_runs_as_python(tmp_path, monkeypatch):
    # the build was made from other bytes than the module has now: a stale build never shadows an edit
    monkeypatch.delenv(compiled.PURE_PYTHON_ENV, raising=False)
    build = _build_dir(tmp_path, "0" * 64)
    assert compiled.why_not_compiled(MODULE, compiled.read_manifest(build), build) == \
        "source changed since the build"
    finder = compiled.CompiledFinder(compiled.read_manifest(build), build)
    assert finder.find_spec(MODULE) is None


def test_missing_files_other_pythons_and_the_switch_off(tmp_path, monkeypatch):
    monkeypatch.delenv(compiled.PURE_PYTHON_ENV, raising=False)
    build = _build_dir(tmp_path, _source_digest(), with_file=False)
    assert compiled.why_not_compiled(MODULE, compiled.read_manifest(build), build) == "built file missing"
    assert compiled.why_not_compiled("pipeline.nlp.context", compiled.read_manifest(build), build) == "not built"
    # a build for another interpreter is no build
    manifest = json.loads((build / compiled.MANIFEST).read_text())
    (build / compiled.MANIFEST).write_text(json.dumps({**manifest, "ext_suffix": ".cpython-39-x.so"}))
    assert compiled.read_manifest(build) == {}
    monkeypatch.setenv(compiled.PURE_PYTHON_ENV, "1")
    build = _build_dir(tmp_path, _source_digest())
    assert compiled.why_not_compiled(MODULE, compiled.read_manifest(build), build) == \
        f"{compiled.PURE_PYTHON_ENV} is set"


def _extract(out: Path, pure: bool) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != compiled.PURE_PYTHON_ENV}
    if pure:
        env[compiled.PURE_PYTHON_ENV] = "1"
    script = ("import sys, json\nfrom pipeline.nlp import compiled\nfrom cli import main\n"
              "out, status = sys.argv[1:3]\n"
              "sys.argv = ['koebner', 'extract', 'annotations/notes.csv', '--out', out]\n"
              "try:\n    main()\nfinally:\n"
              "    with open(status, 'w') as file:\n        json.dump(compiled.status(), file)\n")
    return subprocess.run([sys.executable, "-c", script, str(out), str(out) + ".status.json"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


@pytest.mark.skipif(not compiled.read_manifest(), reason="no compiled build here (`koebner compile`)")
def test_compiled_and_python_modules_extract_the_same(tmp_path):
    manifest = compiled.read_manifest()
    matching = {m for m in compiled.MODULES if compiled.why_not_compiled(m, manifest) is None}
    assert matching, "every module was edited since the build: run `koebner compile`"
    runs = {}
    for pure in (False, True):
        out = tmp_path / ("python" if pure else "compiled")
        done = _extract(out, pure)
        assert done.returncode == 0, done.stderr[-2000:]
        runs[pure] = out
        states = json.loads(Path(str(out) + ".status.json").read_text())
        # the run really used what it says: compiled, every module whose build matches its source
        # (one edited since the build runs as Python); with the switch off, none
        assert {m for m, state in states.items() if state == "compiled"} == (set() if pure else matching)
    for table in ("notes", "mentions", "relations", "facts"):
        a = pq.read_table(runs[False] / f"{table}.parquet")
        b = pq.read_table(runs[True] / f"{table}.parquet")
        assert a.num_rows > 0 and a.equals(b), table
