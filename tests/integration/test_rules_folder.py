"""Rules outside the package: `koebner rules init|check|test` and `--rules DIR`."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.nlp.targets import read_targets
from pipeline.resources import RULES_ENV, config_hashes, use_rules
from pipeline.rules import check_rules, init_rules

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_rules_env(monkeypatch):
    """`--rules` sets $KOEBNER_RULES for the process; monkeypatch restores it after the test
    (an empty value means no rules folder)."""
    monkeypatch.setenv(RULES_ENV, "")


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data, indent=1))


def _rule(data: dict, literal: str) -> dict:
    return next(r for r in data["target_rules"] if r["literal"] == literal)


def test_shipped_rules_have_no_errors():
    problems = check_rules()
    assert [(p.file, p.rule, p.message) for p in problems if p.severity == "error"] == []


def test_broken_rules_folder_names_each_file_and_rule(tmp_path):
    rules = tmp_path / "rules"
    init_rules(rules)
    thermal = rules / "targets" / "thermal.json"
    pressure = rules / "targets" / "pressure.json"

    def break_thermal(data):
        _rule(data, "ice (packs)")["metadata"]["trauma_type"] = "heat"   # not a guideline type
        _rule(data, "burn(s)")["colour"] = "red"                          # unknown key
        data["target_rules"].append({"literal": "frozen peas", "category": "LESION",
                                     "pattern": [{"LOWER": "frozen"}, {"LOWER": "peas"}],
                                     "metadata": {"trauma_type": "thermal"}})
    _edit(thermal, break_thermal)

    def break_pressure(data):
        seatbelt = _rule(data, "seatbelt")
        data["target_rules"].append({"literal": "seatbelt ignored", "category": "IGNORE",
                                     "pattern": seatbelt["pattern"]})
        data["target_rules"].append({"literal": "Tight Belt", "category": "TRAUMA",
                                     "pattern": [{"LOWER": "Belt"}],
                                     "metadata": {"trauma_type": "pressure"}})
    _edit(pressure, break_pressure)
    (rules / "sites.json").write_text('{"regions": {"thigh": ["thigh"]},')
    # a ConText rule on a token the tokenizer always splits: "(-)" becomes "(" "-" ")"
    _edit(rules / "context.json", lambda d: d["context_rules"].append(
        {"category": "NEGATED_EXISTENCE", "direction": "FORWARD", "literal": "(-) sign",
         "pattern": [{"ORTH": "(-)"}]}))

    errors = {(Path(p.file).relative_to(rules).as_posix(), p.rule, p.message)
              for p in check_rules(rules) if p.severity == "error"}
    by_rule = {(f, r): m for f, r, m in errors}
    assert "metadata.trauma_type: Input should be 'injection', 'thermal', 'pressure', " \
           "'procedure' or 'accidental' (got \"heat\")" == by_rule[("targets/thermal.json", "ice (packs)")]
    assert by_rule[("targets/thermal.json", "burn(s)")].startswith("colour: Extra inputs")
    assert by_rule[("targets/thermal.json", "frozen peas")] == \
        "only TRAUMA rules have a trauma_type (this is LESION)"
    assert by_rule[("targets/pressure.json", "seatbelt ignored")] == (
        f"shadowed by rule 'seatbelt' in {pressure}: same pattern, and the earlier rule wins "
        f"every match")
    assert by_rule[("targets/pressure.json", "Tight Belt")] == (
        "can never match: token 1: 'Belt' has upper case, but LOWER compares with the "
        "lower-cased token")
    assert by_rule[("sites.json", "")].startswith("not valid JSON (Expecting property name")
    assert by_rule[("context.json", "(-) sign")].startswith("can never match")
    assert len(errors) == 7


def test_rules_option_refuses_a_broken_folder_before_running(tmp_path, no_rules_env):
    rules = tmp_path / "rules"
    init_rules(rules)
    _edit(rules / "targets" / "thermal.json",
          lambda d: _rule(d, "ice (packs)")["metadata"].update(trauma_type="heat"))
    result = CliRunner().invoke(app, ["extract", str(ROOT / "examples" / "notes.csv"), "--out",
                                      str(tmp_path / "run"), "--rules", str(rules)])
    assert result.exit_code == 2
    # the panel wraps long paths anywhere: compare with its borders and line breaks taken out
    assert f"{rules}/targets/thermal.json" in "".join(result.output.replace("│", "").split())
    assert "ice (packs)" in result.output
    assert not (tmp_path / "run" / "mentions.parquet").exists()


def test_rules_test_reports_an_example_a_rule_change_breaks(tmp_path, no_rules_env):
    rules = tmp_path / "rules"
    init_rules(rules)
    # the annotator drops the heating pad rule; its example must now fail
    _edit(rules / "targets" / "thermal.json", lambda d: d["target_rules"].remove(
        _rule(d, "heat / heating pad / electric heating pad")))
    result = CliRunner().invoke(app, ["rules", "test", str(rules)])
    assert result.exit_code == 2  # the rules fail their examples: not a bug (1)
    assert f"FAIL {rules}/tests/thermal.json example 2: 'Placed a heating pad on her low back " \
           f"for hours.'" in result.output
    assert "expected TRAUMA 'heating pad'" in result.output
    # the same rule matched 'heat' in "Avoid ice or heat to the wounds."
    assert f"FAIL {rules}/tests/thermal.json example 5: 'Avoid ice or heat to the wounds.'" \
        in result.output
    total = sum(len(json.loads(f.read_text())["examples"]) for f in (rules / "tests").glob("*.json"))
    assert f"{total - 2} of {total} examples pass" in result.output


def test_rules_folder_drives_extraction_and_is_hashed(tmp_path, no_rules_env):
    notes = tmp_path / "notes.csv"
    pd.DataFrame([{"patient_id": "P1", "note_id": "N1", "note_date": "2022-02-01",
                   "note_type": "progress",
                   "text": "Warms her feet with a hair dryer nightly. Tender ulcer on the left shin."}]
                 ).to_csv(notes, index=False)
    rules = tmp_path / "rules"
    init_rules(rules)
    _edit(rules / "targets" / "thermal.json", lambda d: d["target_rules"].append(
        {"literal": "hair dryer", "category": "TRAUMA",
         "pattern": [{"LOWER": "hair"}, {"LOWER": {"IN": ["dryer", "dryers"]}}],
         "metadata": {"trauma_type": "thermal"}}))

    def extract(out, *extra):
        subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(notes), "--out",
                        str(out), "--no-progress", *extra], check=True, capture_output=True)
        mentions = pd.read_parquet(out / "mentions.parquet")
        return (set(zip(mentions.label, mentions.text, mentions.trauma_type.fillna(""))),
                json.loads((out / "run.json").read_text())["config_hashes"])

    shipped, shipped_hashes = extract(tmp_path / "a")
    edited, edited_hashes = extract(tmp_path / "b", "--rules", str(rules))
    # the new rule finds the trauma, and with it the site of its sentence is kept
    assert edited - shipped == {("TRAUMA", "hair dryer", "thermal"), ("SITE", "feet", "")}
    assert shipped == {("LESION", "Tender ulcer", ""), ("SITE", "left shin", "")}
    assert shipped_hashes["rules"] != edited_hashes["rules"]
    changed = {k for k in edited_hashes if edited_hashes[k] != shipped_hashes.get(k)}
    assert changed == {"targets/thermal.json", "rules"}


def test_hash_of_an_unchanged_copy_equals_the_shipped_rules(tmp_path, monkeypatch):
    before = config_hashes()
    rules = tmp_path / "rules"
    init_rules(rules)
    monkeypatch.setenv(RULES_ENV, "")
    use_rules(rules)
    assert config_hashes() == before
    assert read_targets()["target_rules"] == read_targets(ROOT / "configs" / "targets")["target_rules"]


def test_loading_a_broken_targets_folder_from_python_names_file_and_rule(tmp_path):
    import pipeline
    from pipeline.resources import ConfigError

    rules = tmp_path / "rules"
    init_rules(rules)
    _edit(rules / "targets" / "thermal.json",
          lambda d: _rule(d, "ice (packs)")["metadata"].update(trauma_type="heat"))
    with pytest.raises(ConfigError, match=rf"{rules}/targets/thermal.json: rule 'ice \(packs\)': "
                                          r"metadata.trauma_type: Input should be 'injection'"):
        pipeline.load(koebner_targets={"rules": str(rules / "targets")})


@pytest.mark.parametrize("command", [
    ["run"], ["extract"], ["link"], ["link-gold"], ["screen"], ["explain"], ["evaluate-context"],
    ["train", "relations"],
])
def test_every_command_that_reads_rules_takes_a_rules_folder(command):
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=200)
    assert result.exit_code == 0 and "--rules" in result.output, command


def test_a_targets_folder_of_any_name_is_checked_as_target_rules(tmp_path):
    import shutil

    import pipeline
    from pipeline.resources import ConfigError, shipped_rules_dir

    folder = tmp_path / "my-edited-rules"
    shutil.copytree(shipped_rules_dir() / "targets", folder)
    _edit(folder / "thermal.json",
          lambda d: _rule(d, "ice (packs)")["metadata"].update(trauma_type="heat"))
    with pytest.raises(ConfigError, match=rf"{folder}/thermal.json: rule 'ice \(packs\)': "
                                          r"metadata.trauma_type: Input should be 'injection'"):
        pipeline.load(koebner_targets={"rules": str(folder)})
