"""CLI command: ``koebner package OUT_DIR`` builds an installable spaCy pipeline package."""
from __future__ import annotations

from pathlib import Path

import typer

from .rules import RULES_OPTION


def package(
    out_dir: Path = typer.Argument(..., help="Folder to write the package into (created if "
                                   "missing): OUT_DIR/en_NAME-VERSION/ with dist/*.tar.gz."),
    name: str = typer.Option("koebner_clinical", "--name", help="Package name; spaCy prefixes "
                             "the language: spacy.load('en_NAME')."),
    version: str = typer.Option(None, "--version", help="Package version (default: koebner's "
                                "version)."),
    config: Path = typer.Option(None, "--config", help="spaCy .cfg file with component settings "
                                "to build the pipeline from (see pipeline.load(config=...))."),
    rules: Path = RULES_OPTION,
    force: bool = typer.Option(False, "--force", help="Replace an earlier package folder of the "
                               "same name and version."),
) -> None:
    """Save the koebner pipeline WITH its rules and relation model, and build a pip-installable
    sdist of it with `spacy package`.

    The package requires koebner (same minor version). Install it with
    `pip install OUT_DIR/en_NAME-VERSION/dist/en_NAME-VERSION.tar.gz`, then
    `spacy.load("en_NAME")` gives the saved pipeline, whatever rules are installed there.
    Exit codes: 0 done, 1 unexpected error, 2 bad name, version, config or rules,
    4 OUT_DIR not writable or the package folder exists (without --force).
    """
    from pipeline.commands.extract import handle
    from pipeline.nlp.build import load
    from pipeline.nlp.packaging import build_package, package_folder

    try:
        package_folder(out_dir, name, version, force)   # a bad name or folder fails before the build
        typer.echo("building the pipeline ...", err=True)
        nlp = load(config=config)
        typer.echo("saving it and building the package ...", err=True)
        built = build_package(out_dir, nlp, name=name, version=version, force=force)
    except Exception as exc:  # noqa: BLE001 - documented exit codes (KoebnerError); a bug exits 1
        handle(exc, None)
    typer.echo(f"built {built.sdist}")
    typer.echo(f"install: pip install {built.sdist}")
    typer.echo(f"use:     python -c \"import spacy; nlp = spacy.load('{built.name}')\"")


def register(app) -> None:
    """Add ``koebner package`` to the typer ``app``."""
    app.command("package")(package)
