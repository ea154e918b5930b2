"""Error listings for annotators: what the pipeline got wrong, with the words around it.

The files written here hold note snippets and are meant for the annotators' own machine; nothing
in this module logs text.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SNIPPET_LIMIT = 300
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


@dataclass
class ErrorItem:
    """One disagreement between the run and the gold corpus.

    ``kind`` is one of: mention_fp, mention_fn, mention_boundary, attribute, relation_fp,
    relation_fn, patient.
    """

    kind: str
    patient_id: str | None = None
    note_id: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The item as one flat JSON object: kind, patient_id, note_id, then its fields."""
        return {"kind": self.kind, "patient_id": self.patient_id, "note_id": self.note_id,
                **self.fields}


def snippet(text: str, start: int, end: int, limit: int = SNIPPET_LIMIT) -> str:
    """The sentence (or line of a structured note) holding ``text[start:end]``, span in [[ ]].

    Sentences are cut at . ! ? before whitespace and at line breaks, which is good enough to show
    an annotator where a span sits; long sentences are clipped around the span.
    """
    if not text or start >= len(text):
        return ""
    end = min(end, len(text))
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end)
    right = m.end() if m else len(text)
    left = max(left, start - limit // 2)
    right = min(right, end + limit // 2)
    piece = text[left:start] + "[[" + text[start:end] + "]]" + text[end:right]
    return " ".join(piece.split())


def write_jsonl(items: list[ErrorItem], path: Path) -> None:
    """Write ``items`` to ``path`` as JSON lines, one error per line (holds note snippets)."""
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps(item.to_dict(), ensure_ascii=False, default=str) + "\n")


_TITLES = {
    "patient": "Patient decisions",
    "mention_fn": "Missed mentions (false negatives, lenient)",
    "mention_fp": "Spurious mentions (false positives, lenient)",
    "mention_boundary": "Boundary differences (lenient match, strict miss)",
    "attribute": "Attribute mismatches on matched mentions",
    "relation_fn": "Missed relations",
    "relation_fp": "Spurious relations",
}


def _md_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _md_table(rows: list[dict[str, Any]], columns: list[str]) -> list[str]:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    for row in rows:
        lines.append("| " + " | ".join(_md_cell(row.get(c)) for c in columns) + " |")
    return lines


_COLUMNS = {
    "patient": ["patient_id", "field", "gold", "predicted"],
    "mention_fn": ["note_id", "label", "start", "end", "text", "context"],
    "mention_fp": ["note_id", "label", "start", "end", "text", "rule", "context"],
    "mention_boundary": ["note_id", "label", "gold_span", "predicted_span", "gold_text",
                         "predicted_text", "context"],
    "attribute": ["note_id", "label", "start", "end", "text", "attribute", "gold", "predicted",
                  "context"],
    "relation_fn": ["note_id", "type", "arg1", "arg2", "context"],
    "relation_fp": ["note_id", "type", "arg1", "arg2", "reason", "context"],
}

LINK_COLUMNS = ["trauma_id", "lesion_id", "site_match", "order", "linked", "reason"]
MD_LINK_LIMIT = 25  # a patient can have hundreds of candidate pairs; errors.jsonl keeps them all
_SITE_RANK = {"explicit": 0, "exact": 1, "partial": 2}


def _most_relevant(links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Linked pairs first, then by how well the sites match: what an annotator checks first."""
    return sorted(links, key=lambda link: (not link.get("linked"),
                                           _SITE_RANK.get(str(link.get("site_match")), 3)))


def write_markdown(items: list[ErrorItem], path: Path, title: str = "Evaluation errors") -> None:
    """Write ``items`` to ``path`` as a markdown page with one section per error kind (holds note snippets)."""
    by_kind: dict[str, list[ErrorItem]] = defaultdict(list)
    for item in items:
        by_kind[item.kind].append(item)
    lines = [f"# {title}", "",
             "For annotators: holds note snippets; keep it on the machine it was written on.", ""]
    for kind, heading in _TITLES.items():
        group = by_kind.get(kind, [])
        lines += [f"## {heading} ({len(group)})", ""]
        if not group:
            lines += ["None.", ""]
            continue
        if kind == "patient":
            lines += _patient_sections(group)
            continue
        lines += _md_table([i.to_dict() for i in group], _COLUMNS[kind]) + [""]
    path.write_text("\n".join(lines), encoding="utf-8")


def _patient_sections(group: list[ErrorItem]) -> list[str]:
    lines: list[str] = []
    by_patient: dict[str | None, list[ErrorItem]] = defaultdict(list)
    for item in group:
        by_patient[item.patient_id].append(item)
    for patient_id, errors in by_patient.items():
        lines += [f"### {patient_id}", ""]
        lines += _md_table([e.to_dict() for e in errors], _COLUMNS["patient"]) + [""]
        links = _most_relevant(errors[0].fields.get("links") or [])
        if links:
            shown = links[:MD_LINK_LIMIT]
            lines += [f"Candidate links ({len(links)}, linked and same-site first):", ""]
            lines += _md_table(shown, LINK_COLUMNS) + [""]
            if len(links) > len(shown):
                lines += [f"{len(links) - len(shown)} more in errors.jsonl.", ""]
        else:
            lines += ["No candidate links in links.parquet.", ""]
    return lines
