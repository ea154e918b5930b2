"""CLI commands: ``koebner link RUN_DIR`` and ``koebner link-gold GOLD_DIR OUT_DIR``."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pipeline.link import LinkerConfigError, RunTableError, link_run


def _print_summary(console: Console, run_dir: Path, counts: dict[str, int], config: str) -> None:
    table = Table(title=f"koebner link: {run_dir}")
    table.add_column("")
    table.add_column("n", justify="right")
    rows = [
        ("patients", "patients"),
        ("calciphylaxis yes", "calciphylaxis_yes"),
        ("calciphylaxis possible", "calciphylaxis_possible"),
        ("calciphylaxis no", "calciphylaxis_no"),
        ("koebner yes", "koebner_yes"),
        ("trauma -> lesion pairs considered", "links_considered"),
        ("pairs linked", "links_linked"),
    ]
    for label, key in rows:
        table.add_row(label, str(counts[key]))
    console.print(table)
    console.print(f"wrote {run_dir / 'links.parquet'} and {run_dir / 'patients.csv'} (config: {config})")


def _link(console: Console, run_dir: Path, config: Path | None) -> None:
    try:
        result = link_run(run_dir, config)
    except (FileNotFoundError, LinkerConfigError, RunTableError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(code=1) from None
    from pipeline.db.results import refresh_duckdb

    refresh_duckdb(run_dir)  # results.duckdb holds the new links and patients too
    _print_summary(console, run_dir, result.counts, result.config_source)


def register(app: typer.Typer) -> None:
    @app.command("link")
    def link(
        run_dir: Path = typer.Argument(..., help="Run folder with notes/mentions/relations(/facts).parquet."),
        config: Path = typer.Option(None, "--config", help="A linker.json to use instead of the shipped one."),
    ) -> None:
        """Link traumas to lesions per patient; write links.parquet and patients.csv."""
        _link(Console(), run_dir, config)

    @app.command("link-gold")
    def link_gold(
        gold_dir: Path = typer.Argument(..., help="Gold corpus folder (notes.csv, brat/)."),
        out_dir: Path = typer.Argument(..., help="Run folder to write."),
        config: Path = typer.Option(None, "--config", help="A linker.json to use instead of the shipped one."),
    ) -> None:
        """Turn a gold corpus into a run folder (gold mentions) and link it: the linker's upper bound."""
        from pipeline.corpus.as_run import gold_as_run

        console = Console()
        made = gold_as_run(gold_dir, out_dir)
        console.print(f"{out_dir}: {made.notes} notes, {made.mentions} gold mentions, "
                      f"{made.relations} relations, {made.facts} risk-factor facts")
        _link(console, out_dir, config)
