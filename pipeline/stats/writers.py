"""Writing ``stats/``: Table 1 as CSV, Markdown and HTML, ``summary.json`` and the figures."""
from __future__ import annotations

import csv
import html
import json
from pathlib import Path

from .case_series import CaseSeriesStats
from .figures import FigureFile, interval_figure, sites_figure, timeline_figures, trauma_types_figure
from .table_one import TableOne


def table1_csv(table: TableOne, path: Path) -> None:
    """Write Table 1 to ``path`` as CSV (header row, then one row per variable and level)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(table.header())
        writer.writerows(table.records())


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table1_markdown(table: TableOne, stats: CaseSeriesStats) -> str:
    """Table 1 as a markdown page with its footnotes."""
    header = table.header()
    lines = [
        "# Table 1. Calciphylaxis patients with and without a Koebner pattern",
        "",
        "| " + " | ".join(_md_cell(h) for h in header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in table.records()]
    lines += ["", *_footnotes(stats)]
    return "\n".join(lines) + "\n"


def _footnotes(stats: CaseSeriesStats) -> list[str]:
    notes = [
        "n (%) use every patient of the group as denominator, so each variable's levels and its "
        "`missing` row add up to the group. Tests leave missing values out.",
        "Tests: Fisher exact for 2x2 tables, chi-square (no continuity correction) for larger "
        "tables, Mann-Whitney U (two-sided) for continuous variables; median [IQR] uses linear "
        "interpolation between order statistics.",
    ]
    if not stats.has_demographics:
        notes.append("No demographics file was given: age and sex are not shown.")
    return ["- " + n for n in notes]


def table1_html(table: TableOne, stats: CaseSeriesStats) -> str:
    """Table 1 as a standalone HTML page with its footnotes, every cell escaped."""
    esc = html.escape
    head = "".join(f"<th>{esc(h)}</th>" for h in table.header())
    body = []
    for row in table.records():
        cls = ' class="var"' if row[0] else ""
        body.append(f"<tr{cls}>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
    notes = "".join(f"<li>{esc(n[2:])}</li>" for n in _footnotes(stats))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Table 1</title><style>"
        "body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
        "th,td{border-bottom:1px solid #ccc;padding:.25em .6em;text-align:left}"
        "tr.var td{font-weight:600;border-top:2px solid #888}</style></head><body>"
        "<h1>Table 1. Calciphylaxis patients with and without a Koebner pattern</h1>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"<ul>{notes}</ul></body></html>\n"
    )


def summary_dict(stats: CaseSeriesStats, figures: list[FigureFile]) -> dict:
    """The content of summary.json: every case-series number, Table 1 rows and the figures written."""
    return {
        "run_dir": stats.run_dir,
        "n_patients": stats.n_patients,
        "calciphylaxis": stats.calciphylaxis_counts,
        "koebner_among_calciphylaxis": stats.koebner.as_json(),
        "trauma_types": [c.as_json() for c in stats.trauma_types],
        "site_regions": [c.as_json() for c in stats.regions],
        "site_region_laterality": [c.as_json() for c in stats.region_lateralities],
        "interval_days": stats.interval.as_json(),
        "region_counts": [
            {"region": r.region, "group": r.group, "lesion_patients": r.lesion_patients,
             "trauma_patients": r.trauma_patients, "koebner_patients": r.koebner_patients}
            for r in stats.region_counts
        ],
        "table1": {
            "group_sizes": stats.table1.group_sizes,
            "rows": [
                {"variable": r.variable, "level": r.level, **r.cells, "test": r.test,
                 "p_value": r.p_value, "p_text": r.p_text}
                for r in stats.table1.rows
            ],
        },
        "figures": [
            {"name": f.name, "file": f.file, "has_data": f.has_data, "note": f.note}
            for f in figures
        ],
        "notes": stats.notes,
    }


def write_stats(stats: CaseSeriesStats, out_dir: Path | str) -> list[Path]:
    """Write every output into ``out_dir`` (created if needed); return the files written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    table1_csv(stats.table1, out_dir / "table1.csv")
    (out_dir / "table1.md").write_text(table1_markdown(stats.table1, stats), encoding="utf-8")
    (out_dir / "table1.html").write_text(table1_html(stats.table1, stats), encoding="utf-8")
    for old in out_dir.glob("koebner_timelines_*.png"):
        old.unlink()  # a rerun with fewer patients must not leave stale pages behind
    figures = [
        trauma_types_figure(stats, out_dir / "trauma_types.png"),
        sites_figure(stats, out_dir / "sites.png"),
        interval_figure(stats, out_dir / "interval.png"),
        *timeline_figures(stats, out_dir),
    ]
    summary = summary_dict(stats, figures)
    # allow_nan=False: a NaN that slipped through fails loudly here instead of writing bad JSON
    (out_dir / "summary.json").write_text(
        json.dumps(summary, indent=2, allow_nan=False) + "\n", encoding="utf-8")
    names = ["table1.csv", "table1.md", "table1.html", "summary.json", *(f.file for f in figures)]
    return [out_dir / n for n in names]
