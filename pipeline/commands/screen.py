"""CLI command: ``koebner screen`` keeps only patients whose notes could mention calciphylaxis."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from .extract import DATE_FORMAT_HELP, DAYFIRST_HELP, ENCODING_HELP, SEP_HELP
from .rules import RULES_OPTION


def screen(
    notes: Path = typer.Argument(..., help="Notes input (CSV, TSV, JSONL, Parquet, .txt folder, "
                                 "DuckDB/SQLite with --query)."),
    out: Path = typer.Option(None, "--out", help="Write the kept notes here (.csv or .parquet), "
                             "in the input's column names."),
    columns: str = typer.Option(None, "--columns", help="Column mapping: 'omop' or "
                                "'text=note_text,patient_id=person_id'."),
    query: str = typer.Option(None, "--query", help="Table name or SELECT for database inputs."),
    terms: Path = typer.Option(None, "--terms", help="Screening term file [default: the shipped "
                               "configs/screening.json]."),
    summary_json: Path = typer.Option(None, "--summary-json", help="Also write the summary as JSON."),
    encoding: str = typer.Option(None, help=ENCODING_HELP),
    sep: str = typer.Option(None, help=SEP_HELP),
    date_format: str = typer.Option(None, help=DATE_FORMAT_HELP),
    dayfirst: bool = typer.Option(None, "--dayfirst/--monthfirst", help=DAYFIRST_HELP,
                                  show_default=False),
    rules: Path = RULES_OPTION,
    engine: str = typer.Option("local", "--engine", help="'dask': scan a Parquet input on a Dask "
                               "cluster (--scheduler, or a LocalCluster of --workers workers), "
                               "workers reading it by row group; same result (docs/cluster.md)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Address of a running Dask "
                                  "scheduler, e.g. tcp://10.0.0.5:8786 (with --engine dask)."),
    workers: int = typer.Option(2, "--workers", min=1, help="LocalCluster workers for "
                                "--engine dask without --scheduler."),
) -> None:
    """Keep every note of every patient with a calciphylaxis-like term in any note.

    A lexical superset of what the pipeline's CALCIPHYLAXIS rules can find: it may keep patients
    the pipeline will not flag, never the reverse. Exit codes: 0 done, 1 unexpected error,
    2 input unusable, 4 --out not writable, 5 Dask cluster unreachable (--engine dask).
    """
    from pipeline.engine import check_engine
    from pipeline.errors import EXIT_INPUT
    from pipeline.ingest import ColumnMap, open_notes
    from pipeline.runfolder import OutputError, writable_file
    from pipeline.screen import load_terms, screen_notes

    from .extract import read_options
    from .failures import fail, reported

    try:
        column_map = ColumnMap.parse(columns)
    except ValueError as exc:
        fail(EXIT_INPUT, str(exc))
    with reported():
        for path in (out, summary_json):
            if path is not None:
                writable_file(path)
        if out is not None and out.suffix.lower() not in (".csv", ".parquet"):
            raise OutputError(f"--out {out}: write .csv or .parquet")
        check_engine(engine, scheduler)  # an unknown --engine, --scheduler without dask: exit 2
        # IngestError, ScreenConfigError: exit 2; ClusterError: exit 5
        term_set = load_terms(terms) if terms else None
        if engine == "dask":
            from pipeline.engine.screen_dask import screen_notes_dask

            result = screen_notes_dask(notes, out=out, columns=column_map, query=query,
                                       terms=term_set, scheduler=scheduler, workers=workers)
        else:
            source = open_notes(notes, column_map, query,
                                options=read_options(encoding, sep, date_format, dayfirst))
            result = screen_notes(source, out=out, terms=term_set, collect_note_ids=False)
    kept_notes = "-" if result.notes_kept is None else str(result.notes_kept)
    typer.echo(f"notes in {result.notes_in}, patients in {result.patients_in}")
    typer.echo(f"patients kept {result.patients_kept}, notes kept {kept_notes} "
               f"({result.notes_matched} notes matched a term)")
    typer.echo(f"scanned {result.mb_scanned:.1f} MB in {result.scan_seconds:.2f} s: "
               f"{result.mb_per_s:.0f} MB/s ({result.mb_per_cpu_s:.0f} MB per CPU second, "
               f"reader {result.reader})")
    if result.rejected:
        typer.echo(f"{len(result.rejected)} row(s) rejected by ingest (first: row "
                   f"{result.rejected[0].row}, {result.rejected[0].reason})")
    if out is not None:
        typer.echo(f"wrote {out}")
    if summary_json is not None:
        summary_json.write_text(json.dumps(result.summary(), indent=2) + "\n", encoding="utf-8")


def register(app) -> None:
    """Add ``screen`` to the ``koebner`` app."""
    app.command("screen")(screen)
