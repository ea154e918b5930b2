"""The one typed rules loader (pipeline.rules.loader): every rule and settings file is checked
against its schema where it is read, and a broken file is refused naming the file and key path."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.link.config import LinkerConfigError, load_config
from pipeline.records import AGENTS, LATERALITIES, REGIONS, RISK_FACTS, TRAUMA_TYPES
from pipeline.resources import RULES_ENV, ConfigError, config_path, read_config, rule_files, use_rules
from pipeline.rules import check_rules, init_rules, issues, load
from pipeline.rules.loader import SCHEMAS

ROOT = Path(__file__).resolve().parents[2]
CONFIGS = ROOT / "configs"


def _quoted(values) -> str:
    """Pydantic's way of listing a Literal's values: 'a', 'b' or 'c'."""
    quoted = [f"'{v}'" for v in values]
    return ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _where(data: list[dict], key: str, value: str) -> int:
    return next(i for i, item in enumerate(data) if item[key] == value)


# ------------------------------------------------------------------ the shipped rules

def test_every_shipped_rule_file_validates_and_has_a_schema():
    files = {name: path for name, path in rule_files().items() if name.endswith(".json")}
    # seven concept files of target rules, the vocabularies they share, and eight settings files
    assert len([n for n in files if n.startswith("targets/")]) == 8
    assert set(files) - {n for n in files if n.startswith("targets/")} == set(SCHEMAS) - {"targets.json"}
    for name, path in files.items():
        assert issues(name, path) == [], name


def test_load_gives_the_typed_model_of_the_file_in_use():
    linker = load("linker.json")
    assert linker.order.overlap_policy in ("unknown", "before")
    assert linker.scores.exact > linker.scores.partial > linker.scores.none
    sites = load("sites.json")
    assert tuple(sites.regions) == REGIONS           # every guideline region, in its order
    assert set(sites.laterality) == set(LATERALITIES)
    injection = load("targets/injection.json")
    assert set(injection.agents) <= set(AGENTS) and "insulin" in injection.agents
    assert {r.metadata.trauma_type for r in injection.target_rules if r.category == "TRAUMA"} \
        == {"injection"}
    with pytest.raises(ValueError, match="no schema for a rule file called 'weights.json'"):
        load("weights.json")


# ------------------------------------------------------------------ broken files, every kind

def _rule(literal):
    """A change to the target/ConText rule called ``literal``."""
    def pick(data):
        key = "target_rules" if "target_rules" in data else "context_rules"
        return data[key][_where(data[key], "literal", literal)]
    return pick


def _timex_pattern(data, name="relative_day"):
    return data["patterns"][_where(data["patterns"], "name", name)]


def _risk_pattern(data, name="warfarin"):
    return data["patterns"][_where(data["patterns"], "name", name)]


REGION_LIST = _quoted(REGIONS)
TRAUMA_LIST = _quoted(TRAUMA_TYPES)

# (file, change to the shipped data, the message after "<file>: "; {i} is the item's position)
BROKEN = {
    # targets/<concept>.json
    "targets-unknown-key": ("targets/thermal.json",
                            lambda d: _rule("ice (packs)")(d).update(colour="blue"),
                            "rule 'ice (packs)': colour: Extra inputs are not permitted"),
    "targets-bad-trauma-type": ("targets/thermal.json",
                                lambda d: _rule("ice (packs)")(d)["metadata"].update(trauma_type="cold"),
                                f"rule 'ice (packs)': metadata.trauma_type: Input should be "
                                f"{TRAUMA_LIST} (got \"cold\")"),
    "targets-bad-region": ("targets/procedure.json",
                           lambda d: d["procedure_regions"].update(amputation="stump"),
                           f"procedure_regions: 'amputation': region 'stump' is not one of "
                           f"{', '.join(REGIONS)}"),
    "targets-wrong-type": ("targets/thermal.json",
                           lambda d: _rule("ice (packs)")(d).update(pattern="ice pack"),
                           "rule 'ice (packs)': pattern: Input should be a valid list"),
    "targets-bad-regex": ("targets/thermal.json",
                          lambda d: _rule("ice (packs)")(d).update(
                              pattern=[{"LOWER": {"REGEX": "^ice(pack"}}]),
                          "rule 'ice (packs)': pattern: token {'LOWER': {'REGEX': '^ice(pack'}}: "
                          "missing ), unterminated subpattern"),
    # context.json
    "context-unknown-key": ("context.json", lambda d: _rule("ruled out")(d).update(scope=5),
                            "rule 'ruled out': scope: Extra inputs are not permitted"),
    "context-bad-label": ("context.json",
                          lambda d: _rule("ruled out")(d).update(allowed_types=["WOUND"]),
                          "rule 'ruled out': allowed_types[0]: Input should be 'CALCIPHYLAXIS', "
                          "'LESION' or 'TRAUMA' (got \"WOUND\")"),
    "context-wrong-type": ("context.json", lambda d: _rule("ruled out")(d).update(max_scope="5"),
                           "rule 'ruled out': max_scope: Input should be a valid integer "
                           "(got \"5\")"),
    "context-bad-regex": ("context.json",
                          lambda d: _rule("ruled out")(d).update(pattern=[{"LOWER": {"REGEX": "r/o("}}]),
                          "rule 'ruled out': pattern: token {'LOWER': {'REGEX': 'r/o('}}: missing )"),
    "context-bad-direction": ("context.json",
                              lambda d: _rule("ruled out")(d).update(direction="AFTER"),
                              "rule 'ruled out': direction: Input should be 'FORWARD', 'BACKWARD', "
                              "'BIDIRECTIONAL', 'TERMINATE' or 'PSEUDO' (got \"AFTER\")"),
    # sites.json
    "sites-unknown-key": ("sites.json", lambda d: d.update(colours=["red"]),
                          "colours: Extra inputs are not permitted"),
    "sites-bad-region": ("sites.json", lambda d: d["regions"].update(arm=["arm"]),
                         f"regions.arm (the key): Input should be {REGION_LIST} (got \"arm\")"),
    "sites-bad-laterality": ("sites.json", lambda d: d["quadrant_laterality"].update(llq="lft"),
                             "quadrant_laterality.llq: Input should be 'left', 'right' or "
                             "'bilateral' (got \"lft\")"),
    "sites-wrong-type": ("sites.json", lambda d: d["regions"].update(thigh="thigh"),
                         "regions.thigh: Input should be a valid list"),
    "sites-blank-word": ("sites.json", lambda d: d["regions"]["knee"].insert(3, "  "),
                         "regions.knee[3]: is empty (got \"  \")"),
    "sites-missing-region": ("sites.json", lambda d: d["regions"].pop("ankle"),
                             "regions: regions missing: ankle"),
    # sections.json
    "sections-unknown-key": ("sections.json", lambda d: d.update(headers={}),
                             "headers: Extra inputs are not permitted"),
    "sections-wrong-type": ("sections.json", lambda d: d["sections"].update(hpi="HPI:"),
                            "sections.hpi: Input should be a valid list"),
    # timex.json
    "timex-unknown-key": ("timex.json", lambda d: _timex_pattern(d).update(veto_plan_=True),
                          "patterns[{i}] ('relative_day').veto_plan_: Extra inputs are not "
                          "permitted"),
    "timex-bad-kind": ("timex.json", lambda d: _timex_pattern(d).update(kind="decade"),
                       "patterns[{i}] ('relative_day').kind: Input should be 'date', 'month', "
                       "'year', 'offset', 'relative_day', 'relative_unit', 'weekday', 'season', "
                       "'holiday' or 'day_of_month' (got \"decade\")"),
    "timex-wrong-type": ("timex.json", lambda d: d["year_range"].update(earliest="1990"),
                         "year_range.earliest: Input should be a valid integer (got \"1990\")"),
    "timex-bad-regex": ("timex.json", lambda d: _timex_pattern(d).update(regex="(?P<t>yesterday"),
                        "patterns[{i}] ('relative_day').regex: not a valid regular expression "
                        "(missing ), unterminated subpattern"),
    "timex-bad-month": ("timex.json", lambda d: d["holidays"]["halloween"].update(month=13),
                        "holidays.halloween.month: Input should be less than or equal to 12"),
    "timex-unknown-cue-list": ("timex.json",
                               lambda d: _timex_pattern(d).update(requires_cue="after_words"),
                               "patterns[{i}] ('relative_day').requires_cue: no cue list "
                               "'after_words'"),
    # risk_factors.json
    "risk-unknown-key": ("risk_factors.json", lambda d: _risk_pattern(d).update(negation=[]),
                         "patterns[{i}] ('warfarin').negation: Extra inputs are not permitted"),
    "risk-bad-fact": ("risk_factors.json",
                      lambda d: _risk_pattern(d)["facts"][0].update(fact="anticoagulant"),
                      f"patterns[{{i}}] ('warfarin').facts[0].fact: Input should be "
                      f"{_quoted(RISK_FACTS)} (got \"anticoagulant\")"),
    "risk-wrong-type": ("risk_factors.json", lambda d: _risk_pattern(d, "bmi").update(value_group="1"),
                        "patterns[{i}] ('bmi').value_group: Input should be a valid integer"),
    "risk-bad-regex": ("risk_factors.json", lambda d: d.update(negation_cues=r"\b(denies|no\b"),
                       "negation_cues: not a valid regular expression (missing ), unterminated "
                       "subpattern"),
    # a vocabulary a pattern names ({NAME}) must be defined
    "risk-unknown-vocabulary": ("risk_factors.json",
                                lambda d: _risk_pattern(d).update(regex=r"\b{ANTICOAGULANT}\b"),
                                "patterns[{i}] ('warfarin').regex: no vocabulary 'ANTICOAGULANT'"),
    # screening.json
    "screening-unknown-key": ("screening.json", lambda d: d.update(term=["cua"]),
                              "term: Extra inputs are not permitted"),
    "screening-wrong-type": ("screening.json", lambda d: d.update(terms="calciphylaxis"),
                             "terms: Input should be a valid list (got \"calciphylaxis\")"),
    # linker.json
    "linker-unknown-key": ("linker.json", lambda d: d["order"].update(max_days=30),
                           "order.max_days: Extra inputs are not permitted"),
    "linker-bad-region": ("linker.json",
                          lambda d: d["exposure"]["limb_on_object"]["limbs"].update(arm="arm"),
                          f"exposure.limb_on_object.limbs.arm: Input should be {REGION_LIST} "
                          f"(got \"arm\")"),
    "linker-bad-trauma-type": ("linker.json",
                               lambda d: d["exposure"]["ongoing_trauma_types"].append("friction"),
                               "exposure.ongoing_trauma_types[{i}]: Input should be "
                               f"{TRAUMA_LIST} (got \"friction\")"),
    "linker-wrong-type": ("linker.json", lambda d: d["scores"].update(exact="0.5"),
                          "scores.exact: Input should be a valid number (got \"0.5\")"),
    "linker-bad-regex": ("linker.json",
                         lambda d: d["narrative"].update(trauma_then_lesion=r"\b(after|then\b"),
                         "narrative.trauma_then_lesion: not a valid regular expression (missing ), "
                         "unterminated subpattern"),
    "linker-missing-key": ("linker.json", lambda d: d["scores"].pop("partial"),
                           "scores.partial: Field required"),
    "linker-bad-policy": ("linker.json", lambda d: d["order"].update(overlap_policy="after"),
                          "order.overlap_policy: Input should be 'unknown' or 'before' "
                          "(got \"after\")"),
    # omop_note_nlp.json
    "omop-unknown-key": ("omop_note_nlp.json", lambda d: d.update(concept={}),
                         "concept: Extra inputs are not permitted"),
    "omop-wrong-type": ("omop_note_nlp.json", lambda d: d["concepts"].update(LESION="4040"),
                        "concepts['LESION'] must be an integer concept id (got '4040')"),
}


def _broken_copy(tmp_path: Path, name: str, change) -> Path:
    data = json.loads((CONFIGS / name).read_text())
    change(data)
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2))
    return path


def _expected(case: str, name: str, message: str) -> str:
    if "{i}" not in message:
        return message
    data = json.loads((CONFIGS / name).read_text())
    if name == "linker.json":
        index = len(data["exposure"]["ongoing_trauma_types"])   # the appended value
    else:
        pattern = "bmi" if case == "risk-wrong-type" else (
            "warfarin" if name == "risk_factors.json" else "relative_day")
        index = _where(data["patterns"], "name", pattern)
    return message.replace("{i}", str(index))


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_rule_file_is_refused_naming_file_and_key_path(case, tmp_path):
    name, change, message = BROKEN[case]
    path = _broken_copy(tmp_path, name, change)
    with pytest.raises(ConfigError) as caught:
        read_config(name, path)
    assert str(caught.value).startswith(f"{path}: {_expected(case, name, message)}")


FILE_KINDS = ["targets/thermal.json", "context.json", "sites.json", "sections.json", "timex.json",
              "risk_factors.json", "screening.json", "linker.json", "omop_note_nlp.json"]


@pytest.mark.parametrize("name", FILE_KINDS)
def test_invalid_json_is_refused_naming_file_and_line(name, tmp_path):
    lines = (CONFIGS / name).read_text().splitlines()
    assert lines[0] == "{"
    lines.insert(1, '  "colour" "blue",')   # a colon forgotten on line 2
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines))
    with pytest.raises(ConfigError, match=re.escape(f"{path}: not valid JSON (Expecting ':' "
                                                    f"delimiter at line 2, column 12)")):
        read_config(name, path)


def test_every_problem_is_counted_and_rules_check_lists_them_all(tmp_path):
    def two_problems(data):
        data["regions"]["arm"] = ["arm"]
        data["laterality"]["left"].append("")
    path = _broken_copy(tmp_path, "sites.json", two_problems)
    with pytest.raises(ConfigError, match=r"\(1 more problem\(s\): `koebner rules check DIR` "):
        read_config("sites.json", path)
    problems = {(p.rule, p.message) for p in check_rules(tmp_path) if p.severity == "error"}
    assert problems == {("", f"regions.arm (the key): Input should be {REGION_LIST} (got \"arm\")"),
                        ("", "laterality.left[5]: is empty (got \"\")")}


def test_rules_check_uses_the_same_schema_for_settings_files(tmp_path):
    linker = _broken_copy(tmp_path, "linker.json",
                          lambda d: d["exposure"]["limb_on_object"]["limbs"].update(arm="arm"))
    _broken_copy(tmp_path, "timex.json", lambda d: d["year_range"].update(earliest="1990"))
    found = {(Path(p.file).name, p.message) for p in check_rules(tmp_path)}
    assert found == {
        ("linker.json", f"exposure.limb_on_object.limbs.arm: Input should be {REGION_LIST} "
                        f"(got \"arm\")"),
        ("timex.json", "year_range.earliest: Input should be a valid integer (got \"1990\")"),
    }
    with pytest.raises(LinkerConfigError, match=re.escape(
            f"{linker}: exposure.limb_on_object.limbs.arm: Input should be 'head'")):
        load_config(linker)


# ------------------------------------------------------------------ each component's own error

def test_components_keep_their_error_classes_with_the_key_path(tmp_path):
    from pipeline.db.omop import OmopError, load_mapping
    from pipeline.nlp.risk_factors import RiskFactorRules, RiskFactorRulesError
    from pipeline.nlp.timex import TimexRulesError, load_rules
    from pipeline.screen.terms import ScreenConfigError, load_terms

    timex = _broken_copy(tmp_path, "timex.json", lambda d: d["year_range"].update(earliest="1990"))
    with pytest.raises(TimexRulesError, match=re.escape(f"{timex}: year_range.earliest: ")):
        load_rules(timex)
    risk = _broken_copy(tmp_path, "risk_factors.json", lambda d: d.update(family_cues="(mother"))
    with pytest.raises(RiskFactorRulesError, match=re.escape(f"{risk}: family_cues: not a valid")):
        RiskFactorRules.load(risk)
    screen = _broken_copy(tmp_path, "screening.json", lambda d: d.update(terms=[3]))
    with pytest.raises(ScreenConfigError, match=re.escape(f"{screen}: terms[0]: Input should be a "
                                                          f"valid string (got 3)")):
        load_terms(screen)
    omop = _broken_copy(tmp_path, "omop_note_nlp.json", lambda d: d.update(snippet_chars=-5))
    with pytest.raises(OmopError, match=re.escape(f"{omop}: snippet_chars: Input should be greater "
                                                  f"than or equal to 0")):
        load_mapping(omop)
    # the settings errors are ConfigErrors: one `except ConfigError` catches any bad rule file
    assert issubclass(LinkerConfigError, ConfigError) and issubclass(ScreenConfigError, ConfigError)


# ------------------------------------------------------------------ a --rules folder

@pytest.fixture
def rules_folder(tmp_path, monkeypatch):
    monkeypatch.setenv(RULES_ENV, "")    # restored after the test
    folder = tmp_path / "rules"
    init_rules(folder)
    return folder


@pytest.mark.parametrize(("name", "change", "error"), [
    ("sites.json", lambda d: d["regions"].update(arm=["arm"]),
     "regions.arm (the key): Input should be 'head'"),
    ("timex.json", lambda d: d["holidays"]["halloween"].update(day=32),
     "holidays.halloween.day: Input should be less than or equal to 31"),
    ("risk_factors.json", lambda d: _risk_pattern(d)["facts"][0].update(value=""),
     "patterns[{i}] ('warfarin').facts[0].value: String should have at least 1 character"),
], ids=["sites", "timex", "risk_factors"])
def test_a_rules_folder_with_a_broken_file_fails_at_pipeline_load(rules_folder, name, change,
                                                                  error):
    import pipeline

    data = json.loads((rules_folder / name).read_text())
    change(data)
    (rules_folder / name).write_text(json.dumps(data))
    use_rules(rules_folder)
    assert config_path(name) == rules_folder / name
    if "{i}" in error:
        error = error.replace("{i}", str(_where(data["patterns"], "name", "warfarin")))
    with pytest.raises(ConfigError if name == "sites.json" else ValueError,
                       match=re.escape(f"{rules_folder / name}: {error}")):
        pipeline.load()


def test_the_cli_refuses_a_broken_rules_folder_before_reading_notes(rules_folder, tmp_path):
    data = json.loads((rules_folder / "linker.json").read_text())
    data["order"]["same_day_is_before"] = "yes"
    (rules_folder / "linker.json").write_text(json.dumps(data, indent=2))
    out = tmp_path / "run"
    proc = subprocess.run([sys.executable, str(ROOT / "cli.py"), "run", str(ROOT / "examples" / "notes.csv"),
                           "--out", str(out), "--rules", str(rules_folder), "--no-progress"],
                          capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "COLUMNS": "400"})   # one problem per line
    assert proc.returncode == 2, proc.stderr
    # `--rules` checks the whole folder with the loader's schemas, listing each problem
    assert f"{rules_folder / 'linker.json'}: error: order.same_day_is_before: Input should be a " \
           f"valid boolean (got \"yes\")" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_the_timex_schema_knows_exactly_what_the_timex_compiler_reads():
    """timex.py keeps its own list of pattern kinds and flags; the schema must not drift from it
    (a kind the schema allows but the compiler lacks would pass the check and fail at load)."""
    from typing import get_args

    from pipeline.nlp import timex
    from pipeline.rules.schema_settings import TimexKind, TimexPattern

    assert set(get_args(TimexKind)) == set(timex._KINDS)
    assert set(TimexPattern.model_fields) == {"name", "kind", "regex", "direction", "order",
                                              *timex._PATTERN_FLAGS}
