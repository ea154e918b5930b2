"""`koebner package` builds an sdist that pip installs offline and spacy.load() runs."""
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

from pipeline_probe import notes_from_csv, probe
from typer.testing import CliRunner

import pipeline
from cli import app
from pipeline.resources import RULES_ENV

ROOT = Path(__file__).resolve().parents[2]


def test_package_installs_with_pip_and_loads_by_name(nlp, tmp_path):
    out = tmp_path / "packages"
    done = subprocess.run([sys.executable, str(ROOT / "cli.py"), "package", str(out),
                           "--name", "koebner_test", "--version", "1.2.0"],
                          capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    sdist = out / "en_koebner_test-1.2.0" / "dist" / "en_koebner_test-1.2.0.tar.gz"
    assert f"built {sdist}" in done.stdout
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    assert any(n.endswith("koebner_targets/rules.json") for n in names)
    assert any(n.endswith("koebner_relations/model.json") for n in names)

    target = tmp_path / "site"
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                                "--no-build-isolation", "--no-index", "--target", str(target),
                                str(sdist)], capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr[-3000:]
    metadata = next(target.glob("en_koebner_test-1.2.0.dist-info")) / "METADATA"
    requires = [line for line in metadata.read_text().splitlines() if line.startswith("Requires-Dist")]
    major, minor = pipeline.__version__.split(".")[:2]   # the same minor version of koebner
    assert f"Requires-Dist: koebner<{major}.{int(minor) + 1}.0,>={pipeline.__version__}" in requires, requires
    meta = json.loads((target / "en_koebner_test" / "meta.json").read_text())
    assert (meta["name"], meta["version"]) == ("koebner_test", "1.2.0")
    assert meta["koebner"]["version"] == pipeline.__version__

    # a fresh process, the package on its path, no access to the source tree's rules needed
    env = dict(os.environ)
    env.pop(RULES_ENV, None)
    env["PYTHONPATH"] = f"{target}{os.pathsep}{ROOT}"
    for notes in (None, ROOT / "examples" / "notes.csv"):   # our probe notes, then the examples
        ran = subprocess.run([sys.executable, str(ROOT / "tests" / "pipeline_probe.py"),
                              "en_koebner_test", *([str(notes)] if notes else [])],
                             capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
        assert ran.returncode == 0, ran.stderr[-3000:]
        found = json.loads(ran.stdout.strip().splitlines()[-1])
        assert found == (probe(nlp, notes_from_csv(notes)) if notes else probe(nlp))
    # the first example note: the injection site and the plaque at it, as the reader sees them
    first = found[0]
    assert first["note_id"] == "P001-1"
    assert ["LOCATION", "Injects insulin", "R lower abdomen"] in first["relations"]
    assert ["LOCATION", "painful firm purple plaque", "R lower abdomen"] in first["relations"]


def test_package_refuses_a_bad_name_and_an_existing_folder(tmp_path):
    runner = CliRunner()
    bad = runner.invoke(app, ["package", str(tmp_path / "out"), "--name", "koebner-clinical"])
    assert bad.exit_code == 2
    assert "--name 'koebner-clinical': use letters, digits and single underscores" in bad.output
    bad_version = runner.invoke(app, ["package", str(tmp_path / "out"), "--version", "first"])
    assert bad_version.exit_code == 2 and "--version 'first': not a version" in bad_version.output
    (tmp_path / "out" / "en_koebner_clinical-2.0.0").mkdir(parents=True)
    exists = runner.invoke(app, ["package", str(tmp_path / "out"), "--version", "2.0.0"])
    assert exists.exit_code == 4 and "exists; remove it or pass --force" in exists.output
