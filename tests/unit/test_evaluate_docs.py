"""The figures section of docs/evaluation.md: markers, rendering, clear failures."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluate.docs_figures import (
    END,
    START,
    FiguresUnavailable,
    evaluation_markdown,
    replace_figures,
    update_figures,
)
from pipeline.evaluate.mentions import MentionScores
from pipeline.evaluate.metrics import PRF, Accuracy
from pipeline.evaluate.patients import PatientScores
from pipeline.evaluate.report import EvaluationResult

REPO = Path(__file__).resolve().parents[2]


def test_replace_figures_keeps_the_rest_of_the_page() -> None:
    page = f"# Evaluation\n\nintro\n\n{START}\nold figures\n{END}\n\nafter\n"
    new = replace_figures(page, "| a | b |\n")
    assert new == f"# Evaluation\n\nintro\n\n{START}\n| a | b |\n{END}\n\nafter\n"
    with pytest.raises(FiguresUnavailable, match="markers"):
        replace_figures("# no markers\n", "x")


def test_update_figures_checks_markers_before_running(tmp_path: Path) -> None:
    doc = tmp_path / "evaluation.md"
    doc.write_text("# Evaluation without markers\n")
    with pytest.raises(FiguresUnavailable, match="markers"):
        update_figures(doc, workdir=tmp_path / "work")
    assert not (tmp_path / "work").exists()


def test_project_page_has_the_markers() -> None:
    page = (REPO / "docs" / "evaluation.md").read_text(encoding="utf-8")
    assert page.index(START) < page.index(END)


def test_markdown_shows_counts_and_undefined_figures() -> None:
    mentions = MentionScores(lenient={"LESION": PRF(3, 1, 0), "SITE": PRF(0, 0, 2)},
                             strict={"LESION": PRF(2, 2, 1), "SITE": PRF(0, 0, 2)},
                             attributes={"negated": Accuracy(2, 3)}, gold_notes=2)
    patients = PatientScores(gold_patients=2, koebner_yes=PRF(1, 0, 1))
    result = EvaluationResult("gold", "run", "test", patients=patients, mentions=mentions,
                              not_scored=["relations: relations.parquet is missing"])
    text = "\n".join(evaluation_markdown("Example", result))
    assert "| koebner = yes | 1 | 0 | 1 | 1.000 | 0.500 | 0.667 |" in text
    # SITE: nothing predicted -> precision undefined, shown as "-"
    assert "| SITE | 2 | 0 | - | 0.000 | 0.000 | - | 0.000 | 0.000 |" in text
    assert "| micro | 5 | 4 | 0.750 | 0.600 | 0.667 | 0.500 | 0.400 | 0.444 |" in text
    assert "| negated | 2 / 3 | 0.667 |" in text
    assert "Not scored: relations: relations.parquet is missing." in text


def test_unannotated_counts_split_affirmed_from_doubted_mentions() -> None:
    import pandas as pd

    from pipeline.evaluate.docs_figures import unannotated_markdown
    from pipeline.evaluate.unannotated import UnannotatedSummary, mention_counts

    mentions = pd.DataFrame({
        "label": ["TRAUMA", "TRAUMA", "TRAUMA", "SITE", "LESION"],
        "negated": [False, True, False, False, False],
        "uncertain": [False, False, False, False, True],
        "hypothetical": [False, False, True, False, False],
        "family": [False, False, False, False, False],
    })
    counts = {c.label: (c.all, c.affirmed) for c in mention_counts(mentions)}
    assert counts == {"CALCIPHYLAXIS": (0, 0), "LESION": (1, 0), "TRAUMA": (3, 1),
                      "SITE": (1, 1), "TIMEX": (0, 0)}
    text = "\n".join(unannotated_markdown("Real", UnannotatedSummary(
        notes=4, patients=2, labels=mention_counts(mentions), calciphylaxis_yes=0, koebner_yes=0)))
    assert "| TRAUMA | 3 | 1 |" in text
    assert "calciphylaxis = yes: 0; Koebner = yes: 0" in text
