"""A patient's trauma and lesion events on one date axis, as inline SVG (no script, no image file).

Events come from the candidate links (each trauma and lesion once, linked pairs joined by a
line). A patient without links gets the dated, affirmed TRAUMA and LESION mentions instead
(``event_date``, else the value of the TIMEX its TIME relation points to), so the reviewer
still sees what the extractor dated. A date known only to the month or year is drawn as a bar
over the whole month or year, not as a point inside it; an event charted in several notes
(same kind, date and detail) is drawn once.
"""
from __future__ import annotations

import calendar
import html
from dataclasses import dataclass
from datetime import date

from ..stats.dates import PartialDate, parse_partial_date
from .run_data import PatientView

WIDTH, HEIGHT = 640, 96
LEFT, RIGHT = 70, 20
LANES = {"trauma": 24, "lesion": 56}
AXIS_Y = 76


@dataclass(frozen=True, slots=True)
class Event:
    """A trauma or lesion event on the timeline, at a date known to the day, month or year."""
    event_id: str
    kind: str  # trauma | lesion
    when: PartialDate
    detail: str


def patient_events(patient: PatientView) -> tuple[list[Event], list[tuple[str, str]], int]:
    """(dated events, linked (trauma_id, lesion_id) pairs, number of undated events)."""
    events: dict[str, Event] = {}
    undated: set[str] = set()
    pairs = []
    for link in patient.links:
        for event_id, kind, value, detail in (
            (link.trauma_id, "trauma", link.trauma_date, link.trauma_type or "trauma"),
            (link.lesion_id, "lesion", link.lesion_onset, link.region or "lesion"),
        ):
            when = parse_partial_date(value)
            if when is None:
                undated.add(event_id)
            elif event_id not in events:
                events[event_id] = Event(event_id, kind, when, detail)
        if link.linked:
            pairs.append((link.trauma_id, link.lesion_id))
    if not patient.links:
        for note in patient.notes:
            for m in note.mentions:
                if m.label not in ("TRAUMA", "LESION") or set(m.flags) & {"negated", "hypothetical", "family"}:
                    continue
                attrs = dict(m.attributes)
                when = parse_partial_date(m.dated)
                if when is None:
                    undated.add(m.mention_id)
                    continue
                detail = attrs.get("trauma_type") or attrs.get("region") or m.label.lower()
                events[m.mention_id] = Event(m.mention_id, m.label.lower(), when, detail)
    return list(events.values()), pairs, len(undated - set(events))


def period(when: PartialDate) -> tuple[date, date]:
    """First and last day a partial date can mean: a year-only date is all of that year."""
    d = when.day
    if when.precision == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if when.precision == "month":
        return date(d.year, d.month, 1), date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])
    return d, d


def _mid(when: PartialDate) -> date:
    a, b = period(when)
    return date.fromordinal((a.toordinal() + b.toordinal()) // 2)


def _x(day: date, first: date, last: date) -> float:
    span = max((last - first).days, 1)
    return LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / span


def timeline_svg(patient: PatientView) -> str:
    """A patient's dated events as inline SVG, linked pairs joined by a line; a note if none is dated.

    A month or year is drawn as the whole period it covers; undated events are counted, not drawn.
    """
    events, pairs, undated = patient_events(patient)
    note = f" {undated} undated event(s) not drawn." if undated else ""
    if not events:
        return f'<p class="muted">No dated trauma or lesion events.{html.escape(note)}</p>'
    days = [day for e in events for day in period(e.when)]
    first, last = min(days), max(days)
    if first == last:
        first, last = date.fromordinal(first.toordinal() - 15), date.fromordinal(last.toordinal() + 15)
    by_id = {e.event_id: e for e in events}
    parts = [
        f'<svg class="timeline" role="img" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" xmlns="http://www.w3.org/2000/svg">',
        f'<title>Timeline of {html.escape(patient.patient_id)}</title>',
        f'<text x="4" y="{LANES["trauma"] + 4}" class="lane">trauma</text>',
        f'<text x="4" y="{LANES["lesion"] + 4}" class="lane">lesion</text>',
        f'<line x1="{LEFT}" y1="{AXIS_Y}" x2="{WIDTH - RIGHT}" y2="{AXIS_Y}" stroke="#888"/>',
        f'<text x="{LEFT}" y="{HEIGHT - 4}" class="tick">{first.isoformat()}</text>',
        f'<text x="{WIDTH - RIGHT}" y="{HEIGHT - 4}" class="tick" text-anchor="end">{last.isoformat()}</text>',
    ]
    lines: set[tuple[str, str]] = set()
    for trauma_id, lesion_id in pairs:
        if trauma_id in by_id and lesion_id in by_id:
            ends = ((by_id[trauma_id].when.text, by_id[trauma_id].detail),
                    (by_id[lesion_id].when.text, by_id[lesion_id].detail))
            if ends in lines:
                continue
            lines.add(ends)
            a, b = by_id[trauma_id], by_id[lesion_id]
            parts.append(
                f'<line class="pair" x1="{_x(_mid(a.when), first, last):.1f}" y1="{LANES["trauma"]}" '
                f'x2="{_x(_mid(b.when), first, last):.1f}" y2="{LANES["lesion"]}" stroke="#555" '
                f'stroke-width="1.5"/>')
    drawn: set[tuple[str, str, str]] = set()
    for event in events:
        # the same event charted in several notes is drawn once (its ids are all in the links)
        same = (event.kind, event.when.text, event.detail)
        if same in drawn:
            continue
        drawn.add(same)
        x, y = _x(event.when.day, first, last), LANES[event.kind]
        colour = "#d95f02" if event.kind == "trauma" else "#7570b3"
        title = (f"<title>{event.kind} {html.escape(event.event_id)}: {html.escape(event.when.text)}"
                 f" ({event.when.precision}) {html.escape(event.detail)}</title>")
        if not event.when.exact:
            # A month or a year is drawn as the whole period it covers, not as one day in it.
            a, b = (_x(day, first, last) for day in period(event.when))
            parts.append(f'<rect class="ev ev-{event.kind} ev-range" x="{a:.1f}" y="{y - 5}" '
                         f'width="{max(b - a, 2):.1f}" height="10" fill="{colour}" fill-opacity="0.25" '
                         f'stroke="{colour}" stroke-width="1.5" data-from="{period(event.when)[0]}" '
                         f'data-to="{period(event.when)[1]}">{title}</rect>')
        elif event.kind == "trauma":
            shape = (f'<polygon class="ev ev-trauma" points="{x:.1f},{y - 7} {x - 7:.1f},{y + 6} '
                     f'{x + 7:.1f},{y + 6}" fill="{colour}" stroke="{colour}" stroke-width="2">')
            parts.append(shape + title + "</polygon>")
        else:
            parts.append(f'<circle class="ev ev-lesion" cx="{x:.1f}" cy="{y}" r="6" fill="{colour}" '
                         f'stroke="{colour}" stroke-width="2">{title}</circle>')
    parts.append("</svg>")
    if note:
        parts.append(f'<p class="muted">{html.escape(note.strip())}</p>')
    return "".join(parts)
