"""CLI commands: ``koebner rules init|check|test`` and the ``--rules DIR`` option other
commands share."""
from __future__ import annotations

from pathlib import Path

import typer

from pipeline.errors import EXIT_INPUT
from pipeline.resources import ConfigError, use_rules

from .failures import fail, reported

rules_app = typer.Typer(
    help="Rule folders for annotators: copy the shipped rules, check them, run their examples. "
    "Every pipeline command takes --rules DIR to use such a folder.",
    no_args_is_help=True,
)


def _use_rules(value: Path | None) -> Path | None:
    """Check the folder (schema, allowed values, duplicates) and make every stage use it."""
    if value is None:
        return None
    from pipeline.rules import check_rules

    try:
        used = use_rules(value)
    except ConfigError as exc:
        raise typer.BadParameter(str(exc)) from None
    errors = [p for p in check_rules(used, patterns=False) if p.severity == "error"]
    if errors:
        listed = "\n".join(str(p) for p in errors[:20])
        more = f"\n... and {len(errors) - 20} more" if len(errors) > 20 else ""
        raise typer.BadParameter(f"{len(errors)} error(s) in the rules folder (see `koebner rules "
                                 f"check {value}`):\n{listed}{more}")
    return used


# one definition for every command: `rules: Path = RULES_OPTION` is all a command adds
RULES_OPTION = typer.Option(
    None, "--rules", callback=_use_rules, metavar="DIR",
    help="Rules folder made by `koebner rules init DIR` (targets/, context.json, sites.json, "
    "linker.json, ...): used instead of the shipped rules, file by file; run.json records their "
    "hashes.")


@rules_app.command("init")
def init(
    directory: Path = typer.Argument(..., help="Folder to create with a copy of the shipped rules."),
    force: bool = typer.Option(False, help="Overwrite the rule files of a non-empty folder."),
) -> None:
    """Copy the shipped rules (targets/<concept>.json, tests/<concept>.json, context.json, ...)
    into DIR, to edit and use with --rules DIR. Exit codes: 0 done, 1 unexpected error (a bug),
    2 DIR holds other files (see --force), 4 DIR not writable."""
    from pipeline.rules import init_rules

    with reported():
        written = init_rules(directory, force)  # RulesFolderError: exit 2
    typer.echo(f"wrote {len(written)} rule files to {directory}; try: koebner rules check "
               f"{directory} && koebner rules test {directory}")


@rules_app.command("check")
def check(
    directory: Path = typer.Argument(None, help="Rules folder [default: the shipped rules]."),
    strict: bool = typer.Option(False, help="Fail on warnings too (words that never match)."),
) -> None:
    """Check every rule file: schema and allowed values (the guidelines' labels, trauma types,
    agents, regions, lateralities), duplicate and shadowed rules, patterns that can never match.
    Each problem names the file and the rule, one a line on stdout. Exit codes: 0 clean,
    1 unexpected error (a bug), 2 errors (or warnings with --strict), with one line on stderr."""
    from pipeline.rules import check_rules

    with reported():
        problems = check_rules(directory)
    for problem in problems:
        typer.echo(str(problem))
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    where = directory or "shipped rules"
    typer.echo(f"{where}: {errors} error(s), {warnings} warning(s)")
    if errors or (strict and warnings):
        fail(EXIT_INPUT, f"{where}: {errors} error(s)" + (f" and {warnings} warning(s) (--strict)"
                                                           if strict and warnings else ""))


@rules_app.command("test")
def test(
    directory: Path = typer.Argument(None, help="Rules folder [default: the shipped rules]."),
) -> None:
    """Run the examples kept beside the rules (DIR/tests/*.json: must match, must not match,
    expected attributes) through the pipeline with DIR's rules. Exit codes: 0 all pass,
    1 unexpected error (a bug), 2 a rule or example file unusable, an example failing, or no
    examples at all."""
    import pipeline
    from pipeline.rules import run_examples

    if directory is not None:
        from pipeline.rules import check_rules

        with reported():
            errors = [p for p in check_rules(directory, patterns=False) if p.severity == "error"]
        if errors:
            fail(EXIT_INPUT, f"{directory}: {len(errors)} error(s) in the rules folder, first: "
                             f"{errors[0]} (all: koebner rules check {directory})")
        with reported():
            _use_rules(directory)
    with reported():
        results = run_examples(pipeline.load(), directory)  # ExamplesError, ConfigError: exit 2
    failed = [r for r in results if not r.passed]
    for result in failed:
        typer.echo(f"FAIL {result.file} example {result.index}: {result.text!r}")
        for failure in result.failures:
            typer.echo(f"    {failure}")
    typer.echo(f"{len(results) - len(failed)} of {len(results)} examples pass")
    where = directory or "shipped rules"
    if not results:
        fail(EXIT_INPUT, f"{where}: no examples found (tests/*.json)")
    if failed:
        fail(EXIT_INPUT, f"{where}: {len(failed)} of {len(results)} example(s) fail (listed above)")


def register(app: typer.Typer) -> None:
    """Add ``rules init|check|test`` to the ``koebner`` app."""
    app.add_typer(rules_app, name="rules")
