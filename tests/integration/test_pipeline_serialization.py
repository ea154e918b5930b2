"""A saved koebner pipeline carries its rules: to_disk/from_disk, to_bytes/from_bytes, meta,
requires/assigns, and pipeline.load(config=...)."""
import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from pipeline_probe import probe
from spacy.util import load_model_from_config

import pipeline
from pipeline.nlp.build import PIPE_NAMES, resolve_config
from pipeline.nlp.serialization import RuleDataComponent
from pipeline.resources import RULES_ENV, ConfigError, shipped_rules_dir

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "tests" / "pipeline_probe.py"
RULE_COMPONENTS = [name for name in PIPE_NAMES if name != "koebner_sentences"]


def _mention(found: list[dict], note_id: str, text: str) -> list:
    note = next(n for n in found if n["note_id"] == note_id)
    return next(m for m in note["mentions"] if m[3] == text)


def _relations(found: list[dict], note_id: str) -> list[list[str]]:
    return next(n for n in found if n["note_id"] == note_id)["relations"]


def _probe_in_fresh_process(target: str, env_extra: dict | None = None,
                            pythonpath: str = str(ROOT)) -> list[dict]:
    env = dict(os.environ)
    env.pop(RULES_ENV, None)
    env.update(PYTHONPATH=pythonpath, **(env_extra or {}))
    done = subprocess.run([sys.executable, str(PROBE), target], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def saved(nlp, tmp_path_factory):
    path = tmp_path_factory.mktemp("saved") / "koebner-nlp"
    nlp.to_disk(path)
    return path


def test_saved_pipeline_gives_identical_output_in_a_fresh_process(nlp, saved):
    here = probe(nlp)
    there = _probe_in_fresh_process(str(saved))
    assert there == here
    # what a reader of these notes expects, checked on the reloaded pipeline's output
    assert ["LOCATION", "painful retiform purpura", "L lateral thigh"] in _relations(there, "N1")
    assert _mention(there, "N1", "L lateral thigh")[5:7] == ["thigh", "left"]
    assert _mention(there, "N1", "5/12/2021")[9] == "2021-05-12"
    assert _mention(there, "N1", "trauma")[10] is True          # "Denies any trauma"
    assert _mention(there, "N2", "ice pack")[7] == "thermal"
    assert ["LOCATION", "ice pack", "R calf"] in _relations(there, "N2")
    assert _mention(there, "N2", "since August")[9] == "2020-08"
    assert _mention(there, "N3", "prior enoxaparin injection")[7:9] == ["injection", "enoxaparin"]
    assert _mention(there, "N3", "calciphylaxis")[11] is True   # "Rule out" -> uncertain
    assert ["bmi", "41"] == next(n for n in there if n["note_id"] == "N3")["facts"][0][:2]


def test_component_folders_hold_the_rule_data(saved):
    for name in RULE_COMPONENTS:
        files = sorted(p.name for p in (saved / name).iterdir())
        assert files == (["model.json"] if name == "koebner_relations" else ["rules.json"]), name
    targets = json.loads((saved / "koebner_targets" / "rules.json").read_text())
    assert targets["koebner_version"] == pipeline.__version__
    literals = {r["literal"] for r in targets["data"]["target_rules"]}
    assert "calciphylaxis (and misspellings)" in literals
    assert set(targets["sources"]) >= {"targets/lesion.json", "targets/thermal.json"}
    model = json.loads((saved / "koebner_relations" / "model.json").read_text())
    shipped = json.loads((ROOT / "models" / "relations.json").read_text())
    assert model["data"] == shipped   # weights exactly, floats included


def _without_site(rules: Path, region: str) -> None:
    data = json.loads(rules.read_text())
    data["regions"][region] = []
    rules.write_text(json.dumps(data))


def test_edited_rule_files_do_not_leak_into_a_saved_pipeline(tmp_path):
    sites = tmp_path / "sites.json"
    shutil.copy(shipped_rules_dir() / "sites.json", sites)
    built = pipeline.load(koebner_sites={"rules": str(sites)})
    saved = tmp_path / "saved"
    built.to_disk(saved)
    assert _mention(probe(built), "N2", "R calf")[5] == "lower_leg"

    # the annotator's copy changes after saving: calves are no longer sites ...
    _without_site(sites, "lower_leg")
    assert not any(m[3] == "R calf" for m in probe(pipeline.load(koebner_sites={"rules": str(sites)}))[1]["mentions"])
    # ... and a rules folder edited the same way is in force for the fresh process
    folder = tmp_path / "rules"
    shutil.copytree(shipped_rules_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    _without_site(folder / "sites.json", "thigh")
    lesion = folder / "targets" / "lesion.json"
    lesion_rules = json.loads(lesion.read_text())
    lesion_rules["target_rules"] = [r for r in lesion_rules["target_rules"]
                                    if "eschar" not in json.dumps(r["pattern"]).lower()]
    lesion.write_text(json.dumps(lesion_rules))

    there = _probe_in_fresh_process(str(saved), {RULES_ENV: str(folder)})
    assert there == probe(built)
    assert _mention(there, "N2", "R calf")[5:7] == ["lower_leg", "right"]
    assert _mention(there, "N2", "necrotic eschar")[0] == "LESION"

    # the saved pipeline needs none of the files it was built from
    sites.unlink()
    assert f'rules = "{sites}"' in (saved / "config.cfg").read_text()
    assert probe(spacy.load(saved)) == probe(built)


@pytest.mark.parametrize("name", RULE_COMPONENTS)
def test_component_bytes_round_trip(nlp, name):
    component = nlp.get_pipe(name)
    data = component.to_bytes()
    blank = spacy.blank("en")
    missing = "/nonexistent/koebner-rules.json"
    setting = {"model": missing} if name == "koebner_relations" else {"rules": missing}
    fresh = blank.add_pipe(name, config=setting)
    assert fresh.from_bytes(data) is fresh
    assert fresh.rule_data == component.rule_data
    assert fresh.to_bytes() == data


def test_probing_a_component_as_spacy_does_reads_no_rule_file():
    from spacy.ty import ListenedToComponent

    blank = spacy.blank("en")
    relations = blank.add_pipe("koebner_relations", config={"model": "/nonexistent/model.json"})
    targets = blank.add_pipe("koebner_targets", config={"rules": "/nonexistent/targets"})
    for component in (relations, targets):   # spaCy checks every component against this protocol
        assert not isinstance(component, ListenedToComponent)
        assert not hasattr(component, "model")
    with pytest.raises(FileNotFoundError, match="/nonexistent/model.json"):
        relations.initialize()


def test_pipeline_bytes_round_trip_never_reads_rule_files(nlp):
    missing = "/nonexistent/koebner-rules"
    overrides = {f"components.{n}.rules": missing for n in RULE_COMPONENTS if n != "koebner_relations"}
    overrides["components.koebner_relations.model"] = missing
    other = load_model_from_config(resolve_config(overrides=overrides), auto_fill=True)
    other.from_bytes(nlp.to_bytes())
    assert probe(other) == probe(nlp)


def test_a_broken_rules_file_fails_when_the_pipeline_is_built(tmp_path):
    broken = tmp_path / "sections.json"
    broken.write_text('{"sections": ')
    with pytest.raises(ConfigError, match=rf"{broken}: not valid JSON"):
        pipeline.load(koebner_sections={"rules": str(broken)})


def test_meta_records_version_and_rule_hashes(nlp):
    import hashlib

    meta = nlp.meta["koebner"]
    assert meta["version"] == pipeline.__version__
    sites = (shipped_rules_dir() / "sites.json").read_bytes()
    assert meta["rules"]["koebner_sites"] == {"sites.json": hashlib.sha256(sites).hexdigest()}
    model = (ROOT / "models" / "relations.json").read_bytes()
    assert meta["rules"]["koebner_relations"] == {"relations.json": hashlib.sha256(model).hexdigest()}
    assert len(meta["rules"]["koebner_targets"]) == len(list((shipped_rules_dir() / "targets").glob("*.json")))


def test_loading_under_another_koebner_version_warns(saved, tmp_path, caplog):
    old = tmp_path / "old"
    shutil.copytree(saved, old)
    meta = json.loads((old / "meta.json").read_text())
    meta["koebner"]["version"] = "0.0.9"
    (old / "meta.json").write_text(json.dumps(meta))

    with caplog.at_level(logging.WARNING, logger="pipeline.nlp.serialization"):
        spacy.load(saved)
    assert not [r for r in caplog.records if "koebner 0.0.9" in r.getMessage()]
    with caplog.at_level(logging.WARNING, logger="pipeline.nlp.serialization"):
        loaded = spacy.load(old)
    warnings = [r for r in caplog.records if r.name == "pipeline.nlp.serialization"]
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert warnings[0].levelno == logging.WARNING
    assert f"saved with koebner 0.0.9 and is loaded with koebner {pipeline.__version__}" \
        in warnings[0].getMessage()
    assert probe(loaded)[0]["relations"]   # it still loads, with its saved rules


def test_factories_declare_what_they_require_and_assign(nlp):
    analysis = nlp.analyze_pipes(pretty=False)
    assert all(problems == [] for problems in analysis["problems"].values()), analysis["problems"]
    meta = {name: nlp.get_pipe_meta(name) for name in nlp.pipe_names}
    assert meta["koebner_sentences"].assigns == ["token.is_sent_start"]
    assert "doc._.koebner_sections" in meta["koebner_sections"].assigns
    assert {"doc.spans", "span._.koebner_trauma_type", "span._.koebner_agent"} <= set(
        meta["koebner_targets"].assigns)
    assert {"span._.koebner_region", "span._.koebner_laterality"} <= set(meta["koebner_sites"].assigns)
    assert "span._.koebner_timex_value" in meta["koebner_timex"].assigns
    assert "span._.is_negated" in meta["koebner_context"].assigns
    assert "doc.spans" in meta["koebner_context"].requires
    assert "doc._.koebner_relations" in meta["koebner_relations"].assigns
    assert "span._.koebner_timex_value" in meta["koebner_relations"].requires
    assert meta["koebner_risk_factors"].assigns == ["doc._.koebner_facts"]
    # without sentences first, spaCy's analysis names what is missing
    partial = spacy.blank("en")
    for name in ("koebner_targets", "koebner_sites", "koebner_timex", "koebner_context"):
        partial.add_pipe(name)
    problems = partial.analyze_pipes(pretty=False)["problems"]
    assert "token.is_sent_start" in problems["koebner_targets"]
    assert "doc._.koebner_sections" in problems["koebner_context"]


def test_load_from_a_cfg_file_with_overrides(tmp_path):
    sites = tmp_path / "sites.json"
    shutil.copy(shipped_rules_dir() / "sites.json", sites)
    _without_site(sites, "lower_leg")
    cfg = tmp_path / "koebner.cfg"
    cfg.write_text(f'[components]\n\n[components.koebner_sites]\nrules = "{sites}"\n\n'
                   '[components.koebner_relations]\nveto_below = 0.25\n')
    nlp = pipeline.load(config=cfg, overrides={"components.koebner_relations.model": None})
    assert nlp.pipe_names == list(PIPE_NAMES)
    assert nlp.config["components"]["koebner_sites"]["rules"] == str(sites)
    assert not any(m[3] == "R calf" for m in probe(nlp)[1]["mentions"])
    relations = nlp.get_pipe("koebner_relations")
    assert relations.model is None and relations.veto_below == 0.0   # no model: rules alone
    # a dict works the same, nested or with dotted keys
    dotted = pipeline.load(config={"components.koebner_sites.rules": str(sites)},
                           exclude=("koebner_risk_factors",))
    assert "koebner_risk_factors" not in dotted.pipe_names
    assert dotted.get_pipe("koebner_sites").rule_data == nlp.get_pipe("koebner_sites").rule_data


def test_config_errors_name_the_problem(tmp_path):
    with pytest.raises(ConfigError, match="components.koebner_targts.rules.*no section "
                                          r"\[components.koebner_targts\]"):
        pipeline.load(overrides={"components.koebner_targts.rules": "x"})
    with pytest.raises(ConfigError, match="koebner_relations.*veto_belw"):
        pipeline.load(overrides={"components.koebner_relations.veto_belw": 0.2})
    half = tmp_path / "half.cfg"
    half.write_text("[components.koebner_sites]\nrules = null\n")
    with pytest.raises(ConfigError, match="half.cfg: not a valid spaCy config .*Section "
                                          "'components' is not defined"):
        pipeline.load(config=half)
    with pytest.raises(ConfigError, match="nope.cfg: pipeline config file not found"):
        pipeline.load(config=tmp_path / "nope.cfg")
    with pytest.raises(ConfigError, match="'koebner_sitez': no such component"):
        pipeline.load(koebner_sitez={"rules": "x"})


def test_nlp_config_round_trips(nlp):
    again = load_model_from_config(nlp.config, auto_fill=True, validate=True)
    assert again.config.to_str() == nlp.config.to_str()
    assert probe(again) == probe(nlp)
    assert all(isinstance(again.get_pipe(n), RuleDataComponent) for n in RULE_COMPONENTS)



def test_a_pipeline_saved_without_rule_data_warns_and_reads_its_settings(saved, tmp_path, caplog):
    older = tmp_path / "older"
    shutil.copytree(saved, older)
    shutil.rmtree(older / "koebner_sites")   # as koebner saved pipelines before components kept rules
    with caplog.at_level(logging.WARNING, logger="pipeline.nlp.serialization"):
        loaded = spacy.load(older)
    messages = [r.getMessage() for r in caplog.records if r.name == "pipeline.nlp.serialization"]
    assert messages == [f"{older / 'koebner_sites' / 'rules.json'}: not in the saved pipeline; "
                        "koebner_sites reads its rules from its settings instead (save the "
                        "pipeline again to keep them with it)"]
    assert _mention(probe(loaded), "N2", "R calf")[5:7] == ["lower_leg", "right"]
