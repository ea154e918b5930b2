"""Named word lists of the target rules (``vocabularies``, named as ``@name``): spelt out where
the rules are read, errors that name the file and the rule, and shipped rules that name their
drug families instead of repeating them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.nlp.targets import read_targets
from pipeline.resources import ConfigError
from pipeline.rules import check_rules
from pipeline.rules.vocabularies import VocabularyError, expand_words, resolve

ROOT = Path(__file__).resolve().parents[2]


def _rule(literal: str, words: list[str], trauma_type: str = "injection") -> dict:
    return {"literal": literal, "category": "TRAUMA",
            "pattern": [{"LOWER": {"IN": words}}, {"LOWER": {"IN": ["injection", "injections"]}}],
            "metadata": {"trauma_type": trauma_type}}


def _folder(tmp_path: Path, files: dict[str, dict]) -> Path:
    folder = tmp_path / "targets"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_text(json.dumps(data), encoding="utf-8")
    return folder


BASAL = {"basal": {"words": ["glargine", "degludec", "detemir"]}}


def test_a_name_is_replaced_by_its_words_in_place_without_repeats():
    words = {"basal": ["glargine", "degludec"], "bolus": ["lispro", "aspart"]}
    assert expand_words(["insulin", "@basal", "glargine", "@bolus"], words) == \
        ["insulin", "glargine", "degludec", "lispro", "aspart"]
    assert expand_words(["pen", "needle"], words) == ["pen", "needle"]


def test_a_vocabulary_may_name_others():
    resolved = resolve({"insulins": ["@basal", "@bolus", "insulin"], "basal": ["glargine"],
                        "bolus": ["lispro", "glargine"]})
    assert resolved["insulins"] == ["glargine", "lispro", "insulin"]


def test_a_vocabulary_that_names_itself_is_refused():
    with pytest.raises(VocabularyError, match="'a' names 'b' names 'a'"):
        resolve({"a": ["x", "@b"], "b": ["@a"]})


def test_a_vocabulary_of_one_file_serves_the_rules_of_another(tmp_path):
    folder = _folder(tmp_path, {
        "injection.json": {"target_rules": [_rule("basal insulin injection", ["@basal"])]},
        "vocabularies.json": {"vocabularies": BASAL}})
    rules = read_targets(folder)["target_rules"]
    assert rules[0]["pattern"][0] == {"LOWER": {"IN": ["glargine", "degludec", "detemir"]}}
    assert "vocabularies" not in read_targets(folder)


def test_the_agents_table_may_name_a_vocabulary(tmp_path):
    folder = _folder(tmp_path, {"injection.json": {
        "vocabularies": BASAL, "target_rules": [_rule("basal injection", ["@basal"])],
        "agents": {"insulin": ["insulin", "@basal"]}}})
    assert read_targets(folder)["agents"]["insulin"] == ["insulin", "glargine", "degludec", "detemir"]


def test_an_undefined_name_is_refused_naming_file_and_rule(tmp_path):
    folder = _folder(tmp_path, {
        "injection.json": {"target_rules": [_rule("bolus insulin injection", ["@bolus"])]},
        "vocabularies.json": {"vocabularies": BASAL}})
    with pytest.raises(ConfigError) as caught:
        read_targets(folder)
    message = str(caught.value)
    assert message.startswith(str(folder / "injection.json"))
    assert "rule 'bolus insulin injection'" in message
    assert "'@bolus' is not a defined vocabulary (defined: basal)" in message


def test_a_name_defined_in_two_files_is_refused_naming_both(tmp_path):
    folder = _folder(tmp_path, {"a.json": {"vocabularies": BASAL},
                                "b.json": {"vocabularies": BASAL}})
    with pytest.raises(ConfigError, match=r"b\.json: vocabulary 'basal' is already defined in "
                                          r".*a\.json"):
        read_targets(folder)


def test_a_vocabulary_name_must_be_a_plain_lower_case_name(tmp_path):
    folder = _folder(tmp_path, {"v.json": {"vocabularies": {"Basal Insulins": {"words": ["x"]}}}})
    with pytest.raises(ConfigError, match="Basal Insulins"):
        read_targets(folder)


def test_rules_check_names_the_rule_with_an_undefined_vocabulary(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    _folder(rules, {"injection.json": {"target_rules": [
        _rule("bolus insulin injection", ["@bolus"]), _rule("basal injection", ["@basal"])],
        "vocabularies": BASAL}})
    errors = [(Path(p.file).name, p.rule, p.message) for p in check_rules(rules, patterns=False)
              if p.severity == "error"]
    assert errors == [("injection.json", "bolus insulin injection",
                       "'@bolus' is not a defined vocabulary (defined: basal)")]


def test_rules_check_sees_two_rules_equal_once_their_vocabularies_are_spelt_out(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    _folder(rules, {"injection.json": {"vocabularies": BASAL, "target_rules": [
        _rule("basal injection", ["@basal"]),
        _rule("basal injection, spelt out", ["glargine", "degludec", "detemir"])]}})
    messages = [p.message for p in check_rules(rules, patterns=False)]
    assert any(m.startswith("duplicate of rule 'basal injection'") for m in messages)


def _word_lists(value):
    if isinstance(value, dict):
        for item in value.values():
            yield from _word_lists(item)
    elif isinstance(value, list):
        if value and all(isinstance(item, str) for item in value):
            yield value
        else:
            for item in value:
                yield from _word_lists(item)


def test_shipped_rules_name_their_drug_families_instead_of_repeating_them():
    """A word list holding most of a drug family names the family: adding a drug is one edit."""
    folder = ROOT / "configs" / "targets"
    files = {f.name: json.loads(f.read_text(encoding="utf-8")) for f in folder.glob("*.json")}
    families = resolve({name: v["words"] for data in files.values()
                        for name, v in (data.get("vocabularies") or {}).items()})
    assert {"insulins", "lmwh", "esas", "incretins", "self_injected"} <= set(families)
    for name, data in files.items():
        if name == "vocabularies.json":
            continue
        for words in _word_lists({k: v for k, v in data.items() if k != "description"}):
            for family, members in families.items():
                spelt = set(words) & set(members)
                assert len(spelt) < max(3, len(members) / 2), \
                    f"{name}: a list spells out {len(spelt)} of the {len(members)} words of " \
                    f"'{family}': name it as '@{family}'"


def test_every_self_injected_drug_is_taken_as_the_patients_injection():
    """The rules about a drug one injects at home ('gives himself ...') know the whole family."""
    rules = read_targets()["target_rules"]
    gives_herself = next(r for r in rules if r["literal"].startswith("give(s) herself"))
    agents = next(t["LOWER"]["IN"] for t in gives_herself["pattern"]
                  if "LOWER" in t and "IN" in t["LOWER"] and "insulin" in t["LOWER"]["IN"])
    for drug in ("novorapid", "clexane", "wegovy", "procrit", "cyanocobalamin", "hemlibra"):
        assert drug in agents


def test_rules_check_reports_a_malformed_vocabulary_instead_of_failing(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    _folder(rules, {"injection.json": {"vocabularies": {"basal": {"wordz": ["glargine"]}},
                                       "target_rules": [_rule("basal injection", ["@basal"])]}})
    errors = [(p.rule, p.message) for p in check_rules(rules, patterns=False)
              if p.severity == "error"]
    assert ("", "vocabularies.basal.wordz: Extra inputs are not permitted") in errors
    assert ("basal injection", "'@basal' is not a defined vocabulary (defined: none)") in errors


def test_a_vocabulary_of_a_file_with_one_broken_rule_still_serves_the_others(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    broken = _rule("broken", ["x"])
    broken["category"] = "NOT_A_LABEL"
    _folder(rules, {"a.json": {"vocabularies": BASAL, "target_rules": [broken]},
                    "b.json": {"target_rules": [_rule("basal injection", ["@basal"])]}})
    errors = [p.rule for p in check_rules(rules, patterns=False) if p.severity == "error"]
    assert errors == ["broken"]
