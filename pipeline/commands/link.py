"""CLI commands: ``koebner link RUN_DIR`` and ``koebner link-gold GOLD_DIR OUT_DIR``."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pipeline.errors import EXIT_INPUT, KoebnerError
from pipeline.link import link_run

from .failures import fail, reported
from .rules import RULES_OPTION

CONFIG_HELP = "A linker.json to use instead of the shipped configs/linker.json."


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


def _config(linker_config: Path | None, deprecated: Path | None) -> Path | None:
    if deprecated is not None:
        typer.echo("warning: --config is deprecated; use --linker-config (as `koebner run` does)",
                   err=True)
        if linker_config is None:
            return deprecated
    return linker_config


def _link(console: Console, run_dir: Path, config: Path | None) -> None:
    from pipeline.db.results import refresh_duckdb

    if not run_dir.is_dir():
        fail(EXIT_INPUT, f"run folder not found: {run_dir}")
    with reported(run_dir):
        # LinkerConfigError, RunTableError, a missing table: exit 2; not writable: 4
        result = link_run(run_dir, config)
        refresh_duckdb(run_dir)  # results.duckdb holds the new links and patients too
    _print_summary(console, run_dir, result.counts, result.config_source)


def register(app: typer.Typer) -> None:
    """Add ``link`` and ``link-gold`` to the ``koebner`` app."""

    @app.command("link")
    def link(
        run_dir: Path = typer.Argument(..., help="Run folder with notes/mentions/relations(/facts).parquet."),
        linker_config: Path = typer.Option(None, "--linker-config", help=CONFIG_HELP),
        config: Path = typer.Option(None, "--config", hidden=True,
                                    help="Deprecated name of --linker-config."),
        rules: Path = RULES_OPTION,
    ) -> None:
        """Link traumas to lesions per patient; write links.parquet and patients.csv (every
        input patient, also those whose notes were all quarantined). Exit codes: 0 done,
        1 unexpected error, 2 run folder or settings unusable, 4 not writable."""
        _link(Console(), run_dir, _config(linker_config, config))

    @app.command("link-gold")
    def link_gold(
        gold_dir: Path = typer.Argument(..., help="Gold corpus folder (notes.csv, brat/)."),
        out_dir: Path = typer.Argument(..., help="Run folder to write."),
        linker_config: Path = typer.Option(None, "--linker-config", help=CONFIG_HELP),
        config: Path = typer.Option(None, "--config", hidden=True,
                                    help="Deprecated name of --linker-config."),
        rules: Path = RULES_OPTION,
    ) -> None:
        """Turn a gold corpus into a run folder (gold mentions) and link it: the linker's upper
        bound. Exit codes: 0 done, 1 unexpected error (a bug), 2 corpus or settings unusable,
        4 OUT_DIR not writable."""
        from pipeline.corpus.as_run import gold_as_run
        from pipeline.runfolder import writable_dir

        console = Console()
        with reported():
            writable_dir(out_dir)
            try:
                made = gold_as_run(gold_dir, out_dir)
            except ValueError as exc:  # as_run's own checks of notes.csv and the brat files
                if isinstance(exc, KoebnerError):
                    raise
                fail(EXIT_INPUT, str(exc))
        config = _config(linker_config, config)
        console.print(f"{out_dir}: {made.notes} notes, {made.mentions} gold mentions, "
                      f"{made.relations} relations, {made.facts} risk-factor facts")
        _link(console, out_dir, config)
