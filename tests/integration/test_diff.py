"""`koebner diff`: a rule change's effect on mentions, links and patient decisions, with gold."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.diff import diff_runs, diff_text
from pipeline.resources import RULES_ENV
from pipeline.rules import init_rules

P1 = ("ESRD on hemodialysis. Since January she has warmed her left shin with a hair dryer every "
      "night. Painful necrotic ulcer on the left shin since 3/2. Biopsy confirmed calciphylaxis.")
P2 = ("Calciphylaxis of the abdomen, biopsy proven. Denies trauma. Tender eschar on the right "
      "lower abdomen since 4/1.")


def _ann(text: str, entities: list[tuple[str, str, dict]]) -> str:
    """brat lines for (label, phrase, attributes); an attribute True is a flag."""
    lines, a = [], 0
    for i, (label, phrase, attributes) in enumerate(entities, start=1):
        start = text.index(phrase)
        lines.append(f"T{i}\t{label} {start} {start + len(phrase)}\t{phrase}")
        for name, value in attributes.items():
            a += 1
            lines.append(f"A{a}\t{name} T{i}" + ("" if value is True else f" {value}"))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    root = tmp_path_factory.mktemp("diff")
    notes = pd.DataFrame([
        {"patient_id": "P1", "note_id": "P1-1", "note_date": "2022-03-20", "note_type": "derm",
         "text": P1},
        {"patient_id": "P2", "note_id": "P2-1", "note_date": "2022-04-11", "note_type": "derm",
         "text": P2},
    ])
    gold = root / "gold"
    (gold / "brat").mkdir(parents=True)
    notes.to_csv(gold / "notes.csv", index=False)
    (gold / "brat" / "P1-1.txt").write_text(P1)
    (gold / "brat" / "P1-1.ann").write_text(_ann(P1, [
        ("SITE", "left shin", {"Region": "lower_leg", "Laterality": "left"}),
        ("TRAUMA", "hair dryer", {"TraumaType": "thermal"}),
        ("LESION", "Painful necrotic ulcer", {}),
        ("CALCIPHYLAXIS", "calciphylaxis", {})]))
    (gold / "brat" / "P2-1.txt").write_text(P2)
    (gold / "brat" / "P2-1.ann").write_text(_ann(P2, [
        ("CALCIPHYLAXIS", "Calciphylaxis", {}), ("TRAUMA", "trauma", {"Negated": True,
                                                                      "TraumaType": "accidental"}),
        ("LESION", "Tender eschar", {})]))
    pd.DataFrame([
        {"patient_id": "P1", "calciphylaxis": "yes", "koebner": "yes", "trauma_types": "thermal",
         "sites": "lower_leg:left", "lesion_onset": "2022-03-02", "trauma_date": "2022-01",
         "interval_days": "46"},
        {"patient_id": "P2", "calciphylaxis": "yes", "koebner": "no", "trauma_types": "",
         "sites": "", "lesion_onset": "2022-04-01", "trauma_date": "", "interval_days": ""},
    ]).to_csv(gold / "gold.csv", index=False)
    rules = root / "rules"
    init_rules(rules)
    thermal = rules / "targets" / "thermal.json"
    data = json.loads(thermal.read_text())
    data["target_rules"].append({"literal": "hair dryer", "category": "TRAUMA",
                                 "pattern": [{"LOWER": "hair"}, {"LOWER": {"IN": ["dryer", "dryers"]}}],
                                 "metadata": {"trauma_type": "thermal"}})
    thermal.write_text(json.dumps(data, indent=1))
    mp = pytest.MonkeyPatch()
    mp.setenv(RULES_ENV, "")
    runner = CliRunner()
    for name, extra in (("a", []), ("b", ["--rules", str(rules)])):
        result = runner.invoke(app, ["run", str(gold / "notes.csv"), "--out", str(root / name),
                                     "--no-progress", *extra])
        assert result.exit_code == 0, result.output
    mp.undo()
    return root


def test_a_new_rule_shows_as_gained_mentions_links_and_a_koebner_patient(scenario):
    diff = diff_runs(scenario / "a", scenario / "b")
    assert diff_text(diff) == f"""diff {scenario / 'a'} -> {scenario / 'b'}
mentions: 2 gained, 0 lost, 0 changed
links: 2 gained, 0 lost, 0 changed
patient fields: 6 changed

patient decisions:
  P1 koebner: 'no' -> 'yes'
  P1 trauma_types: '' -> 'thermal'
  P1 sites: '' -> 'lower_leg:left'
  P1 lesion_onset: '' -> '2022-03-02'
  P1 trauma_date: '' -> '2022-01'
  P1 interval_days: '' -> '46'

mentions:
  + P1-1 SITE [55:64] 'left shin' rule 'site:shin'
  + P1-1 TRAUMA [72:82] 'hair dryer' rule 'hair dryer'

links:
  + P1 P1-1 [72:82] 'hair dryer' -> P1-1 [164:177] 'calciphylaxis': linked=True: trauma (hair dryer, lower_leg:left, 2022-01) precedes lesion onset 2022-03-02 at the same site (lower_leg:left): linked
  + P1 P1-1 [72:82] 'hair dryer' -> P1-1 [96:118] 'Painful necrotic ulcer': linked=True: trauma (hair dryer, lower_leg:left, 2022-01) precedes lesion onset 2022-03-02 at the same site (lower_leg:left): linked
"""
    assert P1[55:64] == "left shin" and P1[72:82] == "hair dryer"


def test_with_gold_each_change_is_fixed_or_broke(scenario):
    diff = diff_runs(scenario / "a", scenario / "b", scenario / "gold")
    assert [(m.label, m.text, m.verdict) for m in diff.mentions] == [
        ("SITE", "left shin", "fixed"), ("TRAUMA", "hair dryer", "fixed")]
    assert {(p.field, p.verdict) for p in diff.patients} == {
        ("koebner", "fixed"), ("trauma_types", "fixed"), ("sites", "fixed"),
        ("lesion_onset", "fixed"), ("trauma_date", "fixed"), ("interval_days", "fixed")}
    text = diff_text(diff)
    assert "mentions: 2 gained, 0 lost, 0 changed, 2 fixed, 0 broke" in text
    assert "patient fields: 6 changed, 6 fixed, 0 broke" in text
    assert "P1 koebner: 'no' -> 'yes' (gold 'yes') [fixed]" in text
    # the reverse change breaks what the rule fixed
    back = diff_runs(scenario / "b", scenario / "a", scenario / "gold")
    assert [(m.change, m.verdict) for m in back.mentions] == [("lost", "broke"), ("lost", "broke")]
    assert {p.verdict for p in back.patients} == {"broke"}


def test_diff_cli_writes_html_and_refuses_a_non_run(scenario, tmp_path):
    page = tmp_path / "diff.html"
    result = CliRunner().invoke(app, ["diff", str(scenario / "a"), str(scenario / "b"), "--gold",
                                      str(scenario / "gold"), "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text()
    assert "<h2>Patient decisions</h2>" in html
    assert '<tr class="gained fixed"><td>gained</td><td>P1-1</td><td>TRAUMA</td>' in html
    assert "<td>72:82</td><td>hair dryer</td><td>hair dryer</td>" in html
    bad = CliRunner().invoke(app, ["diff", str(tmp_path), str(scenario / "b")])
    assert bad.exit_code == 2 and "no mentions.parquet" in bad.output


def test_diff_page_in_a_real_browser(scenario, tmp_path):
    import os

    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        message = f"{chromium} not found: install Debian's chromium (scripts/setup-browser.sh)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api")
    page_path = tmp_path / "diff.html"
    result = CliRunner().invoke(app, ["diff", str(scenario / "a"), str(scenario / "b"), "--gold",
                                      str(scenario / "gold"), "--html", str(page_path)])
    assert result.exit_code == 0, result.output
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=["--no-sandbox",
                                                                          "--disable-gpu"])
        page = browser.new_page()
        errors, requests = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_path.as_uri())
        headings = page.eval_on_selector_all("h2", "hs => hs.map(h => h.textContent)")
        rows = page.eval_on_selector_all(
            "table:nth-of-type(2) tbody tr",
            "rows => rows.map(r => [...r.cells].map(c => c.textContent))")
        background = page.eval_on_selector(
            "tr.fixed", "r => getComputedStyle(r).backgroundColor")
        browser.close()
    assert headings == ["Patient decisions", "Mentions", "Links"]
    assert [r[:5] for r in rows] == [["gained", "P1-1", "SITE", "55:64", "left shin"],
                                     ["gained", "P1-1", "TRAUMA", "72:82", "hair dryer"]]
    assert [r[-1] for r in rows] == ["fixed", "fixed"]
    assert background == "rgb(230, 246, 230)"
    assert errors == [] and requests == [page_path.as_uri()]
