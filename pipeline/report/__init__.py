"""The chart-review report: one self-contained HTML file per run folder."""
from __future__ import annotations

from pathlib import Path

from .render import render_page
from .run_data import load_review_data

__all__ = ["write_review"]


def write_review(run_dir: Path | str, out_path: Path | str, redact: bool = False) -> str:
    """Write the review page for ``run_dir`` to ``out_path``; return a one-line summary."""
    data = load_review_data(run_dir)
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(render_page(data, redact=redact), encoding="utf-8")
    n_notes = sum(len(p.notes) for p in data.patients)
    mode = "redacted, " if redact else ""
    return f"{mode}{len(data.patients)} patients, {n_notes} notes"
