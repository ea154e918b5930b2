"""CLI command: ``koebner compile`` builds the optional compiled modules (:mod:`pipeline.nlp.compiled`)."""
from __future__ import annotations

import os

import typer

from ..errors import EXIT_BUG, EXIT_INPUT


def compile_modules(
    status: bool = typer.Option(False, "--status", help="Only list which modules load compiled, "
                                "and why the others run as Python; build nothing."),
    jobs: int = typer.Option(os.cpu_count() or 1, "--jobs", "-j", help="Modules compiled at once."),
    optional: bool = typer.Option(False, "--optional", help="When Cython or a C compiler is "
                                  "missing or fails, say so and exit 0 (the pipeline then runs as "
                                  "Python); `make install` uses this."),
) -> None:
    """Compile the pipeline's busiest modules with Cython (about a minute on 2 cores).

    Optional: the pipeline is the same Python code either way and gives the
    same outputs; compiled, it takes about a fifth less time per note on notes
    dense with findings. A compiled module is used only while its source is
    unchanged since the build: after editing a module, run this again (until
    then the edited module runs as Python). KOEBNER_PURE_PYTHON=1 ignores the
    build.
    Exit codes: 0 built (or skipped with --optional), 1 the build failed (no
    Cython, no C compiler, a compile error), 2 a bad option.
    """
    from pipeline.nlp import compiled

    from .failures import fail

    if jobs < 1:
        fail(EXIT_INPUT, f"--jobs must be 1 or more, not {jobs}")

    if status:
        for module, state in compiled.status().items():
            typer.echo(f"{module:34s} {state}")
        return
    typer.echo(f"compiling {len(compiled.MODULES)} modules with Cython ...", err=True)
    try:
        built = compiled.build(jobs=jobs)
    except Exception as exc:  # noqa: BLE001 - no Cython, no compiler, or a compile error
        message = (f"compiled modules not built ({type(exc).__name__}: {exc}); the pipeline runs "
                   "as Python: the same outputs, slower")
        if not optional:
            fail(EXIT_BUG, message)
        typer.echo(message, err=True)
        return
    typer.echo(f"compiled {len(built)} of {len(compiled.MODULES)} modules into {compiled.BUILD_DIR}")


def register(app) -> None:
    """Add ``koebner compile`` to the app."""
    app.command("compile")(compile_modules)
