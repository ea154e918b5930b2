"""The review page: a worklist of patients and, per patient, decisions, links, timeline, notes.

Everything taken from the data goes through ``html.escape``; the script only shows, hides and
reorders elements that are already on the page, and never builds markup from data.
"""
from __future__ import annotations

import html
import re

from .assets import CSS, JS, LABEL_COLOURS, content_security_policy
from .folding import LinkGroup, fold_links
from .highlight import dom_id, highlight, label_class, mention_classes, mention_title
from .run_data import FLAGS, LinkView, MentionView, NoteView, PatientView, ReviewData
from .timeline_svg import timeline_svg

esc = html.escape
REDACTED = "[redacted]"
SUMMARY_FIELDS = (
    "calciphylaxis", "koebner", "trauma_types", "sites", "lesion_onset", "trauma_date",
    "interval_days", "esrd", "dialysis", "diabetes", "insulin", "warfarin", "obesity", "bmi",
    "n_notes", "evidence",
)
WORKLIST = (  # (header, patients.csv field, sort type)
    ("Patient", "patient_id", "text"),
    ("Calciphylaxis", "calciphylaxis", "text"),
    ("Koebner", "koebner", "text"),
    ("Trauma types", "trauma_types", "text"),
    ("Sites", "sites", "text"),
    ("Interval (days)", "interval_days", "number"),
)


def _status(value: str) -> str:
    cls = f"status status-{value}" if value in ("yes", "possible", "no") else "status"
    return f'<span class="{cls}">{esc(value or "?")}</span>'


def _legend() -> str:
    labels = "".join(f'<span class="m {label_class(lbl)}">{esc(lbl)}</span>'
                     for lbl in LABEL_COLOURS if lbl != "OTHER")
    flags = "".join(f'<span class="m m-OTHER is-{f}" title="{f}">{f}</span>' for f in FLAGS)
    return (f'<div class="legend" id="legend"><strong>Labels:</strong> {labels} '
            f'&nbsp; <strong>Flags:</strong> {flags} <span class="muted">(hover a mention for '
            f'its flags and attributes)</span></div>')


def _regions(sites: str) -> list[str]:
    return [s.partition(":")[0] for s in sites.split(";") if s]


def _worklist(data: ReviewData, index_of: dict[str, int], redact: bool = False) -> str:
    head = "".join(
        f'<th scope="col" data-type="{kind}"><button type="button">{esc(title)}</button></th>'
        for title, _, kind in WORKLIST
    ) + ('<th scope="col" data-type="number"><button type="button">Notes</button></th>'
         '<th scope="col" data-type="number"><button type="button">Linked</button></th>')
    rows = []
    for p in data.patients:
        f = p.fields
        cells = []
        for _, name, _kind in WORKLIST:
            value = f.get(name, "")
            shown = _status(value) if name in ("calciphylaxis", "koebner") else esc(value)
            cells.append(f'<td data-sort="{esc(value)}">{shown}</td>')
        n_linked = sum(1 for link in p.links if link.linked)
        cells.append(f'<td data-sort="{len(p.notes)}">{len(p.notes)}</td>')
        cells.append(f'<td data-sort="{n_linked}">{n_linked}/{len(p.links)}</td>')
        rows.append(
            f'<tr tabindex="0" data-target="p-{index_of[p.patient_id]}" '
            f'data-patient="{esc(p.patient_id)}" data-calciphylaxis="{esc(f.get("calciphylaxis", ""))}" '
            f'data-koebner="{esc(f.get("koebner", ""))}" '
            f'data-trauma-types="{esc(f.get("trauma_types", ""))}" '
            f'data-regions="{esc(";".join(_regions(f.get("sites", ""))))}">{"".join(cells)}</tr>')
    options = lambda values: "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)  # noqa: E731
    trauma_types = sorted({t for p in data.patients for t in p.fields.get("trauma_types", "").split(";") if t})
    regions = sorted({r for p in data.patients for r in _regions(p.fields.get("sites", ""))})
    return (
        '<div class="filters">'
        f'<label>Calciphylaxis<select id="filter-calciphylaxis">{options(("all", "yes", "possible", "no"))}'
        '</select></label>'
        f'<label>Koebner<select id="filter-koebner">{options(("all", "yes", "no"))}</select></label>'
        f'<label>Trauma type<select id="filter-trauma">{options(("all", *trauma_types))}</select></label>'
        f'<label>Site<select id="filter-site">{options(("all", *regions))}</select></label>'
        '<label>Patient id<input id="filter-search" type="search" placeholder="filter"></label>'
        + ('' if redact else '<label>Note text<input id="filter-text" type="search" '
           'placeholder="all words, e.g. ice pack"></label>') +
        '<span id="visible-count" aria-live="polite"></span></div>'
        f'<table id="worklist"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _scrub(text: str, secrets: list[str]) -> str:
    """Take any mention text out of a machine-written string (a link reason) for --redact."""
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) >= 3:
            text = re.sub(re.escape(secret), REDACTED, text, flags=re.IGNORECASE)
    return text


def _link_end(mention_id: str, mentions: dict[str, MentionView], redact: bool) -> str:
    mention = mentions.get(mention_id)
    if mention is None:
        return esc(mention_id)
    shown = "" if redact or not mention.text else f" &ldquo;{esc(mention.text)}&rdquo;"
    return f'<a href="#{dom_id(mention_id)}">{esc(mention_id)}</a>{shown}'


def _link_rows(groups: list[LinkGroup], mentions: dict[str, MentionView], redact: bool,
               secrets: list[str]) -> str:
    rows = []
    for group in groups:
        link = group.first
        decision = ('<span class="linked-yes">linked</span>' if link.linked
                    else '<span class="linked-no">not linked</span>')
        reason = _scrub(link.reason, secrets) if redact else link.reason
        pairs = "<br>".join(f"{_link_end(m.trauma_id, mentions, redact)} &rarr; "
                            f"{_link_end(m.lesion_id, mentions, redact)}" for m in group.members)
        if group.size > 1:
            # identical pairs charted in several notes: one row, every pair one click away
            pairs = f'<details class="pairs"><summary>{group.size} pairs</summary>{pairs}</details>'
        rows.append(
            f'<tr class="link" data-linked="{str(link.linked).lower()}" data-pairs="{group.size}">'
            f'<td>{decision}</td><td class="reason">{esc(reason)}</td>'
            + "".join(f"<td>{esc(v)}</td>" for v in (
                link.trauma_type, link.region, link.site_match, link.order, link.trauma_date,
                link.lesion_onset, link.interval_days, link.score))
            + f'<td class="pair-ids">{pairs}</td></tr>')
    head = ("<tr><th>Decision</th><th>Reason</th><th>Type</th><th>Region</th><th>Site match</th>"
            "<th>Order</th><th>Trauma date</th><th>Lesion onset</th><th>Days</th><th>Score</th>"
            "<th>Trauma &rarr; lesion</th></tr>")
    return f'<table class="links"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _links_table(links: list[LinkView], mentions: dict[str, MentionView], redact: bool) -> str:
    if not links:
        return '<p class="muted">No candidate trauma-lesion pairs.</p>'
    secrets = [m.text for m in mentions.values() if m.text] if redact else []
    groups = fold_links(links)
    linked = [g for g in groups if g.first.linked]
    rejected = [g for g in groups if not g.first.linked]
    parts = [_link_rows(linked, mentions, redact, secrets) if linked
             else '<p class="muted">No pair was linked.</p>']
    if rejected:
        # A linker considers every trauma-lesion pair; the rejected ones are kept one click away.
        n = sum(g.size for g in rejected)
        parts.append(f'<details class="rejected"><summary>{n} candidate pair(s) not '
                     f'linked</summary>{_link_rows(rejected, mentions, redact, secrets)}</details>')
    return "".join(parts)


def _mention_table(note: NoteView, redact: bool, anchors_here: bool) -> str:
    head = "<tr><th>Id</th><th>Label</th><th>Offsets</th><th>Flags</th><th>Attributes</th>" + \
        ("" if redact else "<th>Text</th>") + "</tr>"
    rows = []
    for m in note.mentions:
        anchor = f' id="{dom_id(m.mention_id)}"' if anchors_here else ""
        attrs = "; ".join(f"{k}={v}" for k, v in m.attributes)
        rows.append(
            f'<tr{anchor}><td>{esc(m.mention_id)}</td>'
            f'<td><span class="{mention_classes(m)}" title="{esc(mention_title(m))}">{esc(m.label)}</span></td>'
            f"<td>{m.start}-{m.end}</td><td>{esc(', '.join(m.flags) or 'affirmed')}</td>"
            f"<td>{esc(attrs)}</td>" + ("" if redact else f"<td>{esc(m.text)}</td>") + "</tr>")
    return f'<table class="mentions"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _note(note: NoteView, redact: bool) -> str:
    meta = " &middot; ".join(esc(x) for x in (note.note_id, note.note_date, note.note_type) if x)
    parts = [f'<article class="note" data-note="{esc(note.note_id)}"><h4>{meta} '
             f'<span class="muted">({len(note.mentions)} mentions)</span></h4>']
    anchors_in_table = True
    if redact:
        parts.append('<p class="muted">Note text withheld (--redact).</p>')
    elif note.text is None:
        parts.append('<p class="muted">Note text not in the run folder.</p>')
    else:
        marked = highlight(note.text, note.mentions)
        parts.append(f'<div class="note-text">{marked.html}</div>')
        anchors_in_table = False
        if marked.misplaced:
            parts.append(f'<p class="warning">Offsets do not fit the note text for: '
                         f'{esc(", ".join(marked.misplaced))} (not highlighted).</p>')
    if note.mentions:
        opened = " open" if redact or note.text is None else ""
        parts.append(f"<details{opened}><summary>Mentions ({len(note.mentions)})</summary>"
                     f"{_mention_table(note, redact, anchors_in_table)}</details>")
    parts.append("</article>")
    return "".join(parts)


def _patient(p: PatientView, index: int, redact: bool) -> str:
    facts = "".join(f"<dt>{esc(k)}</dt><dd>{esc(p.fields.get(k, '')) or '&mdash;'}</dd>"
                    for k in SUMMARY_FIELDS if k in p.fields)
    mentions = {m.mention_id: m for note in p.notes for m in note.mentions}
    notes = "".join(_note(n, redact) for n in p.notes) or '<p class="muted">No notes.</p>'
    return (
        f'<section class="patient" id="p-{index}" data-patient="{esc(p.patient_id)}" hidden>'
        f"<h2>Patient {esc(p.patient_id)}</h2><dl class=\"facts\">{facts}</dl>"
        f"<h3>Timeline</h3>{timeline_svg(p)}"
        f"<h3>Candidate links ({len(p.links)} pairs, {len(fold_links(p.links))} distinct)</h3>"
        f"{_links_table(p.links, mentions, redact)}"
        f"<h3>Notes ({len(p.notes)})</h3>{notes}</section>"
    )


def render_page(data: ReviewData, redact: bool = False) -> str:
    """The whole review page as one self-contained HTML document (inline CSS and JS under a strict CSP).

    With ``redact`` no note text or mention text is written, only labels, offsets and decisions.
    """
    index_of = {p.patient_id: i for i, p in enumerate(data.patients)}
    n_calci = sum(1 for p in data.patients if p.fields.get("calciphylaxis") == "yes")
    n_koebner = sum(1 for p in data.patients if p.fields.get("calciphylaxis") == "yes"
                    and p.fields.get("koebner") == "yes")
    banner = ('<p class="banner" id="redacted-banner">Redacted: no note text in this report '
              '(labels, offsets and decisions only).</p>') if redact else ""
    notices = "".join(f'<p class="notice">{esc(n)}</p>' for n in data.notices)
    details = "".join(_patient(p, index_of[p.patient_id], redact) for p in data.patients)
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy()}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="referrer" content="no-referrer"><title>Koebner review: {esc(data.run_name)}</title>'
        f"<style>{CSS}</style></head><body>"
        f'<header class="page"><h1>Koebner chart review: {esc(data.run_name)}</h1>'
        f"<p>{len(data.patients)} patients; {n_calci} with calciphylaxis = yes, of whom "
        f"{n_koebner} koebner = yes. Select a patient in the worklist.</p></header>"
        f"{banner}{notices}{_legend()}"
        f'<main><div id="worklist-pane">{_worklist(data, index_of, redact)}</div>'
        f'<div id="detail-pane">{details}</div></main>'
        f"<script>{JS}</script></body></html>\n"
    )
