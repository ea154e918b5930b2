"""`koebner explain`: rules behind mentions, triggers behind flags, sources of relations, links."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.explain import explain_text, why_not
from pipeline.resources import RULES_ENV


@pytest.fixture
def no_rules_env(monkeypatch):
    monkeypatch.setenv(RULES_ENV, "")


def _by_text(explanation):
    return {m.mention.text: m for m in explanation.mentions}


def test_mentions_name_their_rule_and_flags_their_trigger(nlp):
    e = explain_text(nlp, "Denies any ice or heat to the left shin. Possible calciphylaxis of "
                          "the right thigh.", date(2022, 3, 10))
    found = _by_text(e)
    ice = found["ice"]
    assert ice.mention.rule == "ice (packs)" and ice.mention.negated
    assert [(f.flag, f.set_to, f.source, f.trigger, f.category) for f in ice.flags] == [
        ("negated", True, "context", "Denies", "NEGATED_EXISTENCE")]
    assert found["heat"].mention.rule == "heat / heating pad / electric heating pad"
    calci = found["calciphylaxis"]
    assert calci.mention.uncertain and not calci.mention.negated
    assert [(f.flag, f.trigger, f.category) for f in calci.flags] == [
        ("uncertain", "Possible", "POSSIBLE_EXISTENCE")]
    assert found["left shin"].mention.region == "lower_leg"
    assert found["left shin"].flags == ()


def test_a_trigger_sharing_its_verb_with_the_target_is_named(nlp):
    e = explain_text(nlp, "She should not inject insulin into the abdomen.", date(2022, 3, 10))
    shot = _by_text(e)["inject insulin"]
    assert shot.mention.hypothetical
    assert [(f.flag, f.set_to, f.trigger, f.category) for f in shot.flags] == [
        ("hypothetical", True, "should not inject", "HYPOTHETICAL")]


def test_a_section_rule_is_named_when_it_overrides_context(nlp):
    e = explain_text(nlp, "Plan: no ice packs to the legs.", date(2022, 3, 10))
    packs = _by_text(e)["ice packs"]
    assert packs.mention.hypothetical and not packs.mention.negated
    sources = {(f.flag, f.set_to, f.source) for f in packs.flags}
    assert ("negated", True, "context") in sources            # 'no' negates ...
    assert ("hypothetical", True, "section") in sources       # ... but a plan is advice
    assert ("negated", False, "section") in sources
    assert {f.trigger for f in packs.flags if f.source == "section"} == {"plan"}


def test_relations_say_rule_or_model_with_the_model_score(nlp):
    e = explain_text(nlp, "She injects insulin into her abdomen since 2015; tender ulcer on "
                          "the right thigh x 2 wks.", date(2022, 3, 10))
    ids = {m.mention.text: m.mention.mention_id for m in e.mentions}
    relations = {(r.type, r.event, r.argument): r for r in e.relations}
    location = relations[("LOCATION", ids["injects insulin"], ids["abdomen"])]
    assert location.source == "rule" and 0.5 < location.score <= 1
    ulcer_site = relations[("LOCATION", ids["tender ulcer"], ids["right thigh"])]
    assert ulcer_site.source == "rule"
    assert relations[("TIME", ids["tender ulcer"], ids["2 wks"])].source == "rule"
    assert all(r.source in ("rule", "model", "vetoed") for r in e.relations)


def test_why_not_names_the_ignore_rule_and_spelled_alike_rules(nlp):
    clinic = why_not(nlp, "Seen in wound clinic today for a dressing change.", "wound clinic")
    assert clinic.found == ()
    assert "IGNORE rule 'wound services' matched 'wound clinic': IGNORE rules drop what they " \
           "match" in clinic.blocked
    assert any("won" in b and "'wound'" in b for b in clinic.blocked)
    typo = why_not(nlp, "Multiple injectoins into both thighs.", "injectoins")
    assert typo.found == () and typo.blocked == ()
    assert typo.nearest[0].reason == "no rule lists 'injectoins'; this one lists 'injections'"
    assert all(r.reason.startswith("no rule lists 'injectoins'") for r in typo.nearest)
    assert typo.nearest[0].file.endswith("targets/injection.json")
    partial = why_not(nlp, "Uses a hot stone on her calf.", "hot stone")
    assert partial.nearest[0].matched >= 1 and "where the text has 'stone'" in partial.nearest[0].reason


def test_explain_cli_for_text_and_for_a_run_note_with_its_links(tmp_path, no_rules_env):
    notes = tmp_path / "notes.csv"
    pd.DataFrame([
        {"patient_id": "P7", "note_id": "P7-1", "note_date": "2021-05-03", "note_type": "derm",
         "text": "HPI: ESRD on HD. Injects insulin into the left thigh daily since 2010. "
                 "Now a painful necrotic ulcer on the left thigh since 4/20 at her injection "
                 "sites. Assessment: calciphylaxis, biopsy proven."},
        {"patient_id": "P8", "note_id": "P8-1", "note_date": "2021-06-01", "note_type": "derm",
         "text": "Denies calciphylaxis. Seborrheic keratosis on the back."},
    ]).to_csv(notes, index=False)
    runner = CliRunner()
    run_dir = tmp_path / "run"
    made = runner.invoke(app, ["run", str(notes), "--out", str(run_dir), "--no-progress"])
    assert made.exit_code == 0, made.output
    result = runner.invoke(app, ["explain", str(run_dir), "P7-1"])
    assert result.exit_code == 0, result.output
    out = result.output
    assert "P7-1:M" in out and "rule: calciphylaxis (and misspellings)" in out
    assert "candidate link(s)" in out and "linked=True" in out and "reason: " in out
    links = pd.read_parquet(run_dir / "links.parquet")
    linked = links[links.linked & (links.patient_id == "P7")]
    assert not linked.empty
    for row in linked.itertuples():
        assert f"{row.trauma_id} -> {row.lesion_id}:" in out
    text = runner.invoke(app, ["explain", "Denies any trauma to the legs.", "--why-not", "legs"])
    assert text.exit_code == 0
    assert "rule: trauma/injury" in text.output and "sets negated: trigger 'Denies'" in text.output
    missing = runner.invoke(app, ["explain", str(run_dir), "NOPE"])
    assert missing.exit_code == 2 and "no note or patient with id 'NOPE'" in missing.output


def test_a_time_dropped_for_a_stated_start_is_not_called_a_veto(nlp):
    # the rules give the injections both dates; the event keeps the one said to be its start
    e = explain_text(nlp, "Warfarin held 8/13, enoxaparin injections starting 8/14 into the "
                          "abdomen.", date(2021, 8, 20))
    ids = {m.mention.text: m.mention.mention_id for m in e.mentions}
    relations = {(r.type, r.event, r.argument): r for r in e.relations}
    assert relations[("TIME", ids["enoxaparin injections"], ids["8/14"])].source == "rule"
    dropped = relations[("TIME", ids["enoxaparin injections"], ids["8/13"])]
    assert dropped.source == "superseded"
