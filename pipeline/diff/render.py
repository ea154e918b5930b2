"""A run diff as text (terminal, diff.md) and as a self-contained HTML page."""
from __future__ import annotations

from html import escape

from .compare import RunDiff


def _summary(diff: RunDiff) -> list[str]:
    def part(kind: str) -> str:
        counts = [f"{diff.count(kind, c)} {c}" for c in ("gained", "lost", "changed")]
        if diff.gold is not None and kind == "mentions":
            counts += [f"{diff.count(kind, verdict='fixed')} fixed",
                       f"{diff.count(kind, verdict='broke')} broke"]
        return f"{kind}: " + ", ".join(counts)
    lines = [f"diff {diff.run_a} -> {diff.run_b}" + (f" (gold {diff.gold})" if diff.gold else ""),
             part("mentions"), part("links")]
    patients = f"patient fields: {len(diff.patients)} changed"
    if diff.gold is not None:
        patients += (f", {sum(p.verdict == 'fixed' for p in diff.patients)} fixed, "
                     f"{sum(p.verdict == 'broke' for p in diff.patients)} broke")
    return lines + [patients]


def _verdict(value: str) -> str:
    return f" [{value}]" if value else ""


def diff_text(diff: RunDiff) -> str:
    """The diff as plain text: summary counts, then patient decisions, mentions (+ - ~) and links."""
    lines = _summary(diff)
    if diff.patients:
        lines.append("\npatient decisions:")
    for p in diff.patients:
        gold = f" (gold {p.gold!r})" if p.gold is not None else ""
        lines.append(f"  {p.patient_id} {p.field}: {p.before!r} -> {p.after!r}{gold}"
                     f"{_verdict(p.verdict)}")
    if diff.mentions:
        lines.append("\nmentions:")
    for m in diff.mentions:
        sign = {"gained": "+", "lost": "-", "changed": "~"}[m.change]
        lines.append(f"  {sign} {m.note_id} {m.label} [{m.start}:{m.end}] {m.text!r} "
                     f"rule {m.rule!r}{_verdict(m.verdict)}"
                     + (f": {m.details}" if m.details else ""))
    if diff.links:
        lines.append("\nlinks:")
    for link in diff.links:
        sign = {"gained": "+", "lost": "-", "changed": "~"}[link.change]
        lines.append(f"  {sign} {link.patient_id} {link.trauma} -> {link.lesion}: {link.details}")
    return "\n".join(lines) + "\n"


def _table(headers: list[str], rows: list[list[str]], classes: list[str]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(f'<tr class="{c}">' + "".join(f"<td>{escape(str(v))}</td>" for v in row)
                   + "</tr>" for row, c in zip(rows, classes))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


STYLE = """body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;
margin-bottom:2em}td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
tr.gained td:first-child{color:#060}tr.lost td:first-child{color:#a00}tr.fixed{background:#e6f6e6}
tr.broke{background:#fbe3e3}"""


def diff_html(diff: RunDiff) -> str:
    """The diff as one self-contained HTML page (inline style, no scripts), every value escaped."""
    summary = "".join(f"<li>{escape(line)}</li>" for line in _summary(diff)[1:])
    patients = _table(["patient", "field", "before", "after", "gold", "verdict"],
                      [[p.patient_id, p.field, p.before, p.after, p.gold or "", p.verdict]
                       for p in diff.patients], [p.verdict for p in diff.patients])
    mentions = _table(["change", "note", "label", "span", "text", "rule", "details", "verdict"],
                      [[m.change, m.note_id, m.label, f"{m.start}:{m.end}", m.text, m.rule,
                        m.details, m.verdict] for m in diff.mentions],
                      [f"{m.change} {m.verdict}".strip() for m in diff.mentions])
    links = _table(["change", "patient", "trauma", "lesion", "details"],
                   [[k.change, k.patient_id, k.trauma, k.lesion, k.details] for k in diff.links],
                   [k.change for k in diff.links])
    title = escape(_summary(diff)[0])
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
            f"<style>{STYLE}</style></head><body><h1>{title}</h1><ul>{summary}</ul>"
            f"<h2>Patient decisions</h2>{patients}<h2>Mentions</h2>{mentions}"
            f"<h2>Links</h2>{links}</body></html>\n")
