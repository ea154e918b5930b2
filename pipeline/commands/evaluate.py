"""CLI commands: ``koebner evaluate`` (a run folder against a gold corpus),
``koebner evaluate-context`` (an assertion component on the NegEx test kit) and
``koebner evaluate-docs`` (regenerate the figures of docs/evaluation.md)."""
from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from ..errors import EXIT_INPUT
from .failures import fail, reported
from .rules import RULES_OPTION


def evaluate(
    gold_dir: Path = typer.Argument(..., help="Gold corpus folder (notes.csv, brat/, gold.csv)."),
    run_dir: Path = typer.Argument(..., help="Run folder (mentions.parquet, relations.parquet, "
                                   "patients.csv, links.parquet)."),
    out: Path = typer.Option(None, "--out", help="Where to write evaluation.json and the error "
                             "listings [default: RUN_DIR/evaluation]."),
    split: str = typer.Option("all", "--split", help="test, train or all (uses GOLD_DIR/splits.csv)."),
) -> None:
    """Score a run folder against a gold corpus; print tables, write evaluation.json and errors.
    Exit codes: 0 done, 1 unexpected error (a bug), 2 gold corpus or run folder unusable,
    4 --out not writable."""
    from pipeline.evaluate import evaluate_run, write_evaluation
    from pipeline.evaluate.tables import print_result

    console = Console()
    with reported(run_dir):
        # EvaluationInputError, RunFormatError, BratFormatError, a missing file: exit 2
        result = evaluate_run(gold_dir, run_dir, split=split)
    print_result(result, console)
    with reported(run_dir):
        paths = write_evaluation(result, out or run_dir / "evaluation")
    console.print(f"wrote {paths['evaluation']}, {paths['errors_md']} "
                  f"({len(result.errors)} errors listed)", highlight=False, soft_wrap=True)


def evaluate_context(
    kit: Path = typer.Argument(..., help="NegEx test-kit TSV (id, condition, sentence, negation, "
                               "temporality, experiencer)."),
    out: Path = typer.Option(None, "--out", help="Write the figures as JSON here."),
    system: str = typer.Option("both", "--system", help="ours, baseline or both."),
    rules: Path = RULES_OPTION,
) -> None:
    """Score our assertion component and medspaCy's default ConText rules on the NegEx kit.
    Exit codes: 0 done, 1 unexpected error (a bug, or our component not installed), 2 kit
    unusable or a bad --system."""
    from pipeline.evaluate.context_kit import BASELINE, OURS, evaluate_kit
    from pipeline.evaluate.metrics import fmt

    choice = {"ours": (OURS,), "baseline": (BASELINE,), "both": (OURS, BASELINE)}
    console = Console()
    if system not in choice:
        fail(EXIT_INPUT, f"--system must be ours, baseline or both, not {system!r}")
    with reported():
        result = evaluate_kit(kit, choice[system], strict=system == "ours")  # KitFormatError: 2
    table = Table(title=f"{kit.name}: {result.scored} of {result.rows} rows scored "
                  f"({len(result.skipped)} skipped: condition not found)", title_justify="left")
    for column in ("system", "measure", "TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(column, justify="left" if column in ("system", "measure") else "right")
    for name, sys_result in result.systems.items():
        for measure, prf in sys_result.measures.items():
            table.add_row(name, measure, str(prf.tp), str(prf.fp), str(prf.fn),
                          fmt(prf.precision), fmt(prf.recall), fmt(prf.f1))
    console.print(table)
    for name, why in result.unavailable.items():
        console.print(f"[yellow]{name} not run:[/yellow] {why}", highlight=False)
    if out:
        out.write_text(json.dumps(result.to_dict(), indent=2) + "\n", encoding="utf-8")
        console.print(f"wrote {out}", highlight=False)


def evaluate_docs(
    doc: Path = typer.Option(Path("docs/evaluation.md"), "--doc", help="Page whose figures to rewrite."),
    workdir: Path = typer.Option(None, "--workdir", help="Keep the run folders here "
                                 "[default: a temporary folder]."),
) -> None:
    """Regenerate the figures section of docs/evaluation.md (runs the full pipeline).
    Exit codes: 0 done, 1 unexpected error (a bug), 2 a corpus or the page missing."""
    from pipeline.evaluate.docs_figures import update_figures

    console = Console()
    with reported():
        update_figures(doc, workdir=workdir)  # FiguresUnavailable: exit 2
    console.print(f"updated {doc}", highlight=False)


def register(app: typer.Typer) -> None:
    """Add ``evaluate``, ``evaluate-context`` and ``evaluate-docs`` to the ``koebner`` app."""
    app.command("evaluate")(evaluate)
    app.command("evaluate-context")(evaluate_context)
    app.command("evaluate-docs")(evaluate_docs)
