"""`koebner train relations`: fit the relation model on a gold corpus."""
from pathlib import Path

import typer

from .rules import RULES_OPTION

train_app = typer.Typer(help="Train the learned components from a gold corpus.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    """Add ``train relations`` to the ``koebner`` app."""
    app.add_typer(train_app, name="train")


@train_app.command("relations")
def relations(
    gold_dir: Path = typer.Argument(Path("annotations"), help="Gold corpus with splits.csv."),
    out: Path = typer.Option(Path("models/relations.json"), "--out", help="Artifact to write."),
    split: str = typer.Option("train", help="Split to train on (train, test or all)."),
    eval_split: str = typer.Option("test", help="Held-out split to report pair figures on; "
                                   "'none' to skip."),
    c: float = typer.Option(1.0, help="Inverse L2 regularization strength."),
    threshold: float = typer.Option(0.5, help="Probability above which a pair is a relation."),
    rules: Path = RULES_OPTION,
) -> None:
    """Train the LOCATION/TIME pair model (logistic regression) and write it as JSON.
    Exit codes: 0 done, 1 unexpected error (a bug), 2 gold corpus unusable or without a
    relation in the split, 4 --out not writable."""
    from ..errors import EXIT_INPUT, KoebnerError
    from ..runfolder import writable_file
    from ..train.relations import train_relation_model
    from .failures import fail, reported

    with reported():
        writable_file(out)  # OutputError: exit 4, before the training
        try:
            artifact = train_relation_model(gold_dir, out, split,
                                            None if eval_split == "none" else eval_split, c,
                                            threshold)
        except ValueError as exc:  # the trainer's check: no gold relation in the split
            if isinstance(exc, KoebnerError):
                raise
            fail(EXIT_INPUT, str(exc))
    for rel_type, figures in artifact["evaluation"].items():
        for part, f in figures.items():
            typer.echo(f"{rel_type:8s} {part:5s} pairs={f['pairs']:5d} P={f['precision']:.3f} "
                       f"R={f['recall']:.3f} F1={f['f1']:.3f}")
    typer.echo(f"wrote {out}")
