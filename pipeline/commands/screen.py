"""CLI command: ``koebner screen`` keeps only patients whose notes could mention calciphylaxis."""
from __future__ import annotations

import json
from pathlib import Path

import typer

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
    rules: Path = RULES_OPTION,
) -> None:
    """Keep every note of every patient with a calciphylaxis-like term in any note.

    A lexical superset of what the pipeline's CALCIPHYLAXIS rules can find: it may keep patients
    the pipeline will not flag, never the reverse.
    """
    from pipeline.ingest import ColumnMap, IngestError
    from pipeline.screen import ScreenConfigError, load_terms, screen_notes

    try:
        column_map = ColumnMap.parse(columns)
        term_set = load_terms(terms) if terms else None
        result = screen_notes(notes, out=out, columns=column_map, query=query, terms=term_set,
                              collect_note_ids=False)
    except (IngestError, ScreenConfigError, ValueError) as exc:
        typer.echo(f"cannot screen: {exc}", err=True)
        raise typer.Exit(2) from exc
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
    app.command("screen")(screen)
