"""CLI commands: ``koebner annotations build|check`` for gold corpora."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pipeline.corpus.build import CorpusSourceError, build_corpus
from pipeline.corpus.check import Problem, check_corpus, count_corpus

annotations_app = typer.Typer(
    help="Build a gold corpus from annotations/src/*.json and check corpora against the "
    "annotation guidelines.",
    no_args_is_help=True,
)


def _print_problems(console: Console, problems: list[Problem]) -> None:
    table = Table(title=f"{len(problems)} problem(s)")
    table.add_column("file")
    table.add_column("where")
    table.add_column("problem")
    for p in problems:
        table.add_row(p.file, p.where, p.message)
    console.print(table)


def _summary(root: Path) -> str:
    c = count_corpus(root)
    labels = ", ".join(f"{label} {n}" for label, n in c.mentions_per_label.items())
    return (f"{root}: OK - {c.patients} patients, {c.notes} notes, "
            f"{sum(c.mentions_per_label.values())} mentions ({labels}), {c.relations} relations")


@annotations_app.command("build")
def build(
    src: Path = typer.Argument(Path("annotations/src"), help="Folder of per-patient JSON sources."),
    out: Path = typer.Option(Path("annotations"), "--out", help="Corpus folder to write."),
) -> None:
    """Write notes.csv, demographics.csv, gold.csv, splits.csv and brat/ from the sources, then check."""
    console = Console()
    try:
        build_corpus(src, out)
    except CorpusSourceError as exc:
        console.print(f"[red]build failed:[/red] {exc}", markup=True, highlight=False)
        raise typer.Exit(1) from exc
    problems = check_corpus(out)
    if problems:
        _print_problems(console, problems)
        raise typer.Exit(1)
    console.print(_summary(out), highlight=False, soft_wrap=True)


@annotations_app.command("check")
def check(
    corpus: Path = typer.Argument(..., help="Gold corpus folder (notes.csv, brat/, gold.csv)."),
) -> None:
    """Validate a gold corpus; exit code 1 and a table of problems if any."""
    console = Console()
    problems = check_corpus(corpus)
    if problems:
        _print_problems(console, problems)
        raise typer.Exit(1)
    console.print(_summary(corpus), highlight=False, soft_wrap=True)


def register(app: typer.Typer) -> None:
    app.add_typer(annotations_app, name="annotations")
