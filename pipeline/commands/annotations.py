"""CLI commands: ``koebner annotations build|check`` for gold corpora."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pipeline.corpus.build import build_corpus
from pipeline.corpus.check import Problem, check_corpus, count_corpus
from pipeline.errors import EXIT_INPUT

from .failures import fail, reported

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


def _checked(console: Console, corpus: Path) -> None:
    """Check a corpus: its summary line, or the table of problems and exit 2."""
    problems = check_corpus(corpus)
    if problems:
        _print_problems(console, problems)
        fail(EXIT_INPUT, f"{corpus}: {len(problems)} problem(s) with the annotation guidelines "
                         "(listed above)")
    console.print(_summary(corpus), highlight=False, soft_wrap=True)


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
    """Write notes.csv, demographics.csv, gold.csv, splits.csv and brat/ from the sources, then
    check. Exit codes: 0 done, 1 unexpected error (a bug), 2 a source unusable or the corpus
    failing its check."""
    with reported():
        build_corpus(src, out)  # CorpusSourceError: exit 2
    _checked(Console(), out)


@annotations_app.command("check")
def check(
    corpus: Path = typer.Argument(..., help="Gold corpus folder (notes.csv, brat/, gold.csv)."),
) -> None:
    """Validate a gold corpus against the annotation guidelines. Exit codes: 0 valid, 1
    unexpected error (a bug), 2 problems (a table of them on stdout, one error line on stderr)."""
    with reported():
        _checked(Console(), corpus)


@annotations_app.command("export-labelstudio")
def export_labelstudio(
    source: Path = typer.Argument(..., help="A run folder (mentions become pre-annotations) or a "
                                  "gold corpus folder (its annotations are exported)."),
    out: Path = typer.Option(..., "--out", help="Label Studio tasks JSON to write."),
    config: Path = typer.Option(None, help="Also write the labeling configuration (XML) here "
                                "[default: next to --out as labeling-config.xml]."),
) -> None:
    """Label Studio tasks (documented JSON import format), one per note, and the labeling
    configuration generated from the guidelines' labels and attributes. Import both into a
    Label Studio project; export it as JSON and read it back with import-labelstudio."""
    import json

    from pipeline.corpus.labelstudio import LabelStudioError, export_corpus, export_run, labeling_config
    from pipeline.runfolder import writable_file

    config = config or out.with_name("labeling-config.xml")
    with reported():
        writable_file(out)  # OutputError: exit 4, before any work
        writable_file(config)
        if (source / "notes.parquet").is_file():
            tasks = export_run(source)
        elif (source / "notes.csv").is_file():
            tasks = export_corpus(source)
        else:
            raise LabelStudioError(f"{source}: neither a run folder (notes.parquet) nor a corpus "
                                   f"(notes.csv)")
    out.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    config.write_text(labeling_config(), encoding="utf-8")
    typer.echo(f"wrote {len(tasks)} tasks to {out} and the labeling configuration to {config}")


@annotations_app.command("import-labelstudio")
def import_labelstudio(
    export: Path = typer.Argument(..., help="A Label Studio JSON export of completed tasks."),
    out: Path = typer.Option(..., "--out", help="Corpus folder to write."),
) -> None:
    """Write a Label Studio JSON export as a corpus folder (notes.csv, brat/, gold.csv), then
    check it. Patient-level fields may be filled on any one note of the patient."""
    from pipeline.corpus.labelstudio import import_tasks

    with reported():
        import_tasks(export, out)  # LabelStudioError, a missing export: exit 2
        _checked(Console(), out)


@annotations_app.command("export-brat")
def export_brat(
    run_dir: Path = typer.Argument(..., help="A run folder."),
    out: Path = typer.Option(..., "--out", help="Corpus draft folder to write."),
) -> None:
    """The run as a corpus draft to correct in brat: brat/ (with annotation.conf), notes.csv,
    and gold.csv pre-filled from patients.csv."""
    from pipeline.corpus.brat_io import export_run_brat

    with reported(run_dir):
        export_run_brat(run_dir, out)  # LabelStudioError, a missing table: exit 2
    typer.echo(f"wrote {out}/brat (open it in brat), {out}/notes.csv and {out}/gold.csv")


@annotations_app.command("import-brat")
def import_brat(
    brat_dir: Path = typer.Argument(..., help="brat folder of NOTE_ID.txt and NOTE_ID.ann."),
    notes: Path = typer.Option(..., help="CSV with patient_id, note_id, note_date, note_type "
                               "for every note of the folder."),
    gold: Path = typer.Option(None, help="gold.csv with the patient-level labels."),
    out: Path = typer.Option(..., "--out", help="Corpus folder to write."),
) -> None:
    """Write a brat folder as a corpus folder (notes.csv, brat/, gold.csv), then check it."""
    from pipeline.corpus.brat_io import import_brat as read_brat

    with reported():
        read_brat(brat_dir, notes, out, gold)  # BratImportError: exit 2
        _checked(Console(), out)


def register(app: typer.Typer) -> None:
    """Add ``annotations build|check|export-*|import-*`` to the ``koebner`` app."""
    app.add_typer(annotations_app, name="annotations")
