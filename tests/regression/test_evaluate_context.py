"""The NegEx test-kit evaluation on sentences written for these tests, in the kit's format."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from pipeline.evaluate.context_kit import (
    BASELINE,
    OURS,
    KitFormatError,
    evaluate_kit,
    locate,
    read_kit,
)

HEADER = "id\tcondition\tsentence\tnegation\ttemporality\texperiencer"
ROWS = [
    ("1", "ulcer", "There is no ulcer on the left calf.", "Negated", "Recent", "Patient"),
    ("2", "calciphylaxis", "Her mother had calciphylaxis while on dialysis.", "Affirmed", "Recent",
     "Family member"),
    ("3", "pneumonia", "History of pneumonia in 2015.", "Affirmed", "Historical", "Patient"),
    ("4", "eschar", "Patient denies any   ESCHAR or drainage.", "Negated", "Recent", "Patient"),
    ("5", "chest pain", "Return to the ED if chest pain develops.", "Affirmed", "Not particular",
     "Patient"),
    ("6", "wound infection", "The wound infection has improved after debridement.", "Affirmed",
     "Recent", "Patient"),
    ("7", "sepsis", "Fever and chills overnight.", "Affirmed", "Recent", "Patient"),
    ("8", "cellulitis", "Cellulitis was ruled out.", "Negated", "Recent", "Patient"),
    # the daughter only noticed it: the ulcer is the patient's
    ("9", "ulcer", "Her daughter noticed the ulcer on her shin yesterday.", "Affirmed", "Recent",
     "Patient"),
    ("10", "osteomyelitis", "Previously treated for osteomyelitis, now resolved.", "Affirmed",
     "Historical", "Patient"),
]


@pytest.fixture()
def kit(tmp_path: Path) -> Path:
    path = tmp_path / "kit.tsv"
    path.write_text("\n".join([HEADER, *("\t".join(r) for r in ROWS)]) + "\n", encoding="utf-8")
    return path


def test_read_kit_maps_gold_values(kit: Path) -> None:
    rows = {r.id: r for r in read_kit(kit)}
    assert rows["1"].negated and not rows["1"].historical
    assert rows["2"].experiencer and not rows["9"].experiencer
    assert rows["5"].hypothetical and not rows["5"].historical
    assert rows["10"].historical and not rows["10"].negated


def test_locate_is_case_insensitive_and_spacing_tolerant() -> None:
    assert locate("eschar", "Patient denies any   ESCHAR or drainage.") == (21, 27)
    sentence = "Tender retiform   purpura over the pannus."
    start, end = locate("retiform purpura", sentence)
    assert sentence[start:end] == "retiform   purpura"
    assert locate("sepsis", "Fever and chills overnight.") is None


def test_baseline_figures_on_hand_written_sentences(kit: Path) -> None:
    result = evaluate_kit(kit, (BASELINE,))
    assert (result.rows, result.scored) == (10, 9)
    assert result.skipped == [{"id": "7", "reason": "condition not found in sentence"}]
    base = result.systems[BASELINE]
    negated = base.measures["negated"]
    # rows 1, 4, 8 found; "now resolved" reads as a negation to the default rules (row 10)
    assert (negated.tp, negated.fp, negated.fn) == (3, 1, 0)
    assert base.false_positives["negated"] == ["10"]
    assert negated.f1 == pytest.approx(6 / 7)
    historical = base.measures["historical"]
    assert (historical.tp, historical.fp, historical.fn) == (1, 0, 1)
    assert base.false_negatives["historical"] == ["10"]
    assert base.measures["hypothetical"].f1 == 1.0
    experiencer = base.measures["experiencer"]
    assert (experiencer.tp, experiencer.fp, experiencer.fn) == (1, 1, 0)
    assert base.false_positives["experiencer"] == ["9"]


def test_bad_kit_value_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(HEADER + "\n1\tulcer\tNo ulcer.\tAbsent\tRecent\tPatient\n", encoding="utf-8")
    with pytest.raises(KitFormatError, match=r"line 2 \(id 1\): negation 'Absent'"):
        read_kit(path)
    path.write_text("condition\tsentence\n", encoding="utf-8")
    with pytest.raises(KitFormatError, match="header must be"):
        read_kit(path)


def test_cli_writes_baseline_figures(kit: Path, tmp_path: Path) -> None:
    out = tmp_path / "kit.json"
    res = CliRunner().invoke(app, ["evaluate-context", str(kit), "--system", "baseline",
                                   "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert "medspacy_default" in res.output
    figures = json.loads(out.read_text())
    assert figures["systems"][BASELINE]["measures"]["negated"]["tp"] == 3
    assert figures["scored"] == 9


def test_our_component_on_hand_written_sentences(kit: Path) -> None:
    # strict=True: a missing or unbuildable component fails here with its reason, not silently
    result = evaluate_kit(kit, (OURS,), strict=True)
    ours = result.systems[OURS]
    # the plain cases every ConText rule set must get: "no", "denies", "ruled out", "mother",
    # "history of", "if"
    assert ours.false_negatives["negated"] == []
    assert "2" not in ours.false_negatives["experiencer"]
    assert "3" not in ours.false_negatives["historical"]
    assert "5" not in ours.false_negatives["hypothetical"]
